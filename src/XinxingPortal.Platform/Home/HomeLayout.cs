using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;

namespace XinxingPortal.Platform.Home;

/// <summary>
/// A version of one culture's home page: the blocks of each zone, in order. A content type, so the admin's edits are
/// drafts previewed before they are published through the kernel, with history; the public page reads the published one.
/// </summary>
internal sealed class HomeLayout : ContentVersion
{
    public const string LocalizationSetName = "home";

    public List<HomeBlock> Blocks { get; set; } = [];

    public static string ItemIdFor(string culture) => "home-" + culture;
}

internal sealed class HomeLayoutConfiguration() : ContentVersionConfiguration<HomeLayout>("Platform_HomeLayouts")
{
    public override void Configure(EntityTypeBuilder<HomeLayout> builder)
    {
        base.Configure(builder);
        builder.Property(x => x.Blocks).AsJson().IsRequired();
    }
}
