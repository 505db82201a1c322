using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace XinxingPortal.TechTransfer.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("TechTransfer_Organisations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.UserId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Name).HasMaxLength(128);
        builder.Property(x => x.CreditCode).HasMaxLength(18);
        builder.Property(x => x.Culture).HasMaxLength(16);
        builder.HasIndex(x => x.CreditCode).IsUnique().HasDatabaseName("UX_TechTransfer_Organisations_CreditCode");
        builder.HasIndex(x => x.UserId).IsUnique().HasDatabaseName("UX_TechTransfer_Organisations_UserId");
        builder.HasIndex(x => x.Status);
    }
}
