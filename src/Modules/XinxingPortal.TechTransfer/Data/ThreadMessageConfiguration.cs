using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> builder)
    {
        builder.ToTable("TechTransfer_Messages");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ThreadId).HasMaxLength(64);
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.HasIndex(x => x.ThreadId);
    }
}
