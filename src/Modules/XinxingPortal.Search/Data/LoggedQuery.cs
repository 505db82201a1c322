using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Search.Data;

/// <summary>
/// One search as typed, for hot searches and the editors' zero-result list. Nothing about who searched: no account,
/// no address, no cookie; only the words, the language, how many results, and when.
/// </summary>
internal sealed class LoggedQuery
{
    public long Id { get; set; }
    public string Query { get; set; } = "";
    public string Culture { get; set; } = "zh-CN";
    public int Results { get; set; }
    public DateTime AtUtc { get; set; }
}

internal sealed class LoggedQueryConfiguration : IEntityTypeConfiguration<LoggedQuery>
{
    public void Configure(EntityTypeBuilder<LoggedQuery> builder)
    {
        builder.ToTable("Search_QueryLog");
        builder.Property(x => x.Query).HasMaxLength(100).IsRequired();
        builder.Property(x => x.Culture).HasMaxLength(8).IsRequired();
        builder.HasIndex(x => new { x.AtUtc, x.Culture });
    }
}
