using XinxingPortal.Abstractions.Media;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>What the outcome form shows besides its fields: the outcome being edited and the files it has, each with a box to remove it.</summary>
internal sealed record OutcomeEditorPage(Outcome? Outcome, IReadOnlyList<MediaImage> Images, IReadOnlyList<Attachment> Attachments)
{
    public static readonly OutcomeEditorPage New = new(null, [], []);
}
