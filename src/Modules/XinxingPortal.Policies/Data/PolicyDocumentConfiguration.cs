using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Policies.Data;

internal sealed class PolicyDocumentConfiguration() : ContentVersionConfiguration<PolicyDocument>("Policies_Documents")
{
    public override void Configure(EntityTypeBuilder<PolicyDocument> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Validity).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.DocumentNumber).HasMaxLength(64);
        builder.Property(x => x.IssuingAgency).HasMaxLength(128).IsRequired();
        builder.Property(x => x.TopicCode).HasMaxLength(64);
        builder.Property(x => x.Keywords).HasMaxLength(256);
        builder.Property(x => x.ReplacedBy).HasMaxLength(64);
        builder.Property(x => x.Interprets).HasMaxLength(64);
        builder.Property(x => x.TranslatedFrom).HasMaxLength(64);
        builder.Property(x => x.Body).IsRequired();
        builder.Property(x => x.BodyHtml).IsRequired();
        builder.HasIndex(x => new { x.Published, x.Culture, x.Type, x.WrittenOn });
        builder.HasIndex(x => new { x.Published, x.Culture, x.TopicCode });
        builder.HasIndex(x => x.Interprets);
    }
}
