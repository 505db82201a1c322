using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Workflow;

namespace XinxingPortal.Platform.Workflow;

/// <summary>One step of an item's review history, for every reviewed type of every module.</summary>
internal sealed class WorkflowHistoryRecord
{
    public long Id { get; set; }
    public string ContentType { get; set; } = "";
    public string ItemId { get; set; } = "";

    /// <summary>A <see cref="WorkflowAction"/> name, or a module's own milestone (Shortlisted, Selected).</summary>
    public string Action { get; set; } = "";
    public ReviewState? FromState { get; set; }
    public ReviewState? ToState { get; set; }
    public string By { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string? Note { get; set; }
}

internal sealed class WorkflowHistoryRecordConfiguration : IEntityTypeConfiguration<WorkflowHistoryRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowHistoryRecord> builder)
    {
        builder.ToTable("Platform_WorkflowHistory");
        builder.Property(x => x.ContentType).HasMaxLength(64);
        builder.Property(x => x.ItemId).HasMaxLength(64);
        builder.Property(x => x.Action).HasMaxLength(32);
        builder.Property(x => x.FromState).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.ToState).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.By).HasMaxLength(128);
        builder.Property(x => x.Note).HasMaxLength(2000);
        builder.HasIndex(x => new { x.ContentType, x.ItemId });
    }
}
