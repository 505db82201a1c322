using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Policies.Data;

/// <summary>主题分类: a topic in the taxonomy, named in each language.</summary>
internal sealed class Topic
{
    public string Code { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameUg { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int Position { get; set; }

    public string NameFor(string culture) => culture switch
    {
        "ug" when NameUg.Length > 0 => NameUg,
        "en" when NameEn.Length > 0 => NameEn,
        _ => NameZh,
    };
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ToTable("Policies_Topics");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(64);
        builder.Property(x => x.NameZh).HasMaxLength(64).IsRequired();
        builder.Property(x => x.NameUg).HasMaxLength(128);
        builder.Property(x => x.NameEn).HasMaxLength(128);
    }
}
