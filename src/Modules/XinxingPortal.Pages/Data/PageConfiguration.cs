using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;

namespace XinxingPortal.Pages.Data;

internal sealed class PageConfiguration() : ContentVersionConfiguration<Page>("Pages_Pages")
{
    public override void Configure(EntityTypeBuilder<Page> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.Body).IsRequired();
        builder.Property(x => x.BodyHtml).IsRequired();
    }
}
