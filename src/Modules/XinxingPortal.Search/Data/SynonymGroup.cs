using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Search.Data;

/// <summary>Words that mean the same to a reader (科普, 科学普及); a search for one finds the others. Keyed by its first word.</summary>
internal sealed class SynonymGroup
{
    public string Key { get; set; } = "";

    /// <summary>The words, separated by commas.</summary>
    public string Words { get; set; } = "";

    public IReadOnlyList<string> List() => Split(Words);

    public static IReadOnlyList<string> Split(string words) =>
        [.. words.Split([',', '，', '、', '='], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length is > 0 and <= 40).Distinct(StringComparer.Ordinal)];
}

internal sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> builder)
    {
        builder.ToTable("Search_Synonyms");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(40);
        builder.Property(x => x.Words).HasMaxLength(400).IsRequired();
    }
}
