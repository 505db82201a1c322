using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.Platform.Changes;

/// <summary>How far a consumer has read the change feed, and how its current change has gone so far.</summary>
internal sealed class ChangeFeedCursor
{
    /// <summary>The consumer's name, with "@node" for a consumer that keeps a position per web node.</summary>
    public string Consumer { get; set; } = "";
    public long Position { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

internal sealed class ChangeFeedCursorConfiguration : IEntityTypeConfiguration<ChangeFeedCursor>
{
    public void Configure(EntityTypeBuilder<ChangeFeedCursor> builder)
    {
        builder.ToTable("Platform_ChangeFeedCursors");
        builder.HasKey(x => x.Consumer);
        builder.Property(x => x.Consumer).HasMaxLength(128);
        builder.Property(x => x.LastError).HasMaxLength(1000);
    }
}
