using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Platform.Content;

namespace XinxingPortal.Platform.Workflow;

/// <summary>Every content type's workflow: the item is its latest version, its rules come from its module's <see cref="ContentReview{T}"/>.</summary>
internal sealed class ContentWorkflowType<T>(IServiceProvider services) : IWorkflowType<T> where T : ContentVersion, new()
{
    private readonly ContentReview<T> review = services.GetService<ContentReview<T>>() ?? new ContentReview<T>(FourEyes: false, RequiresReview: false);

    public string Name => typeof(T).Name;
    public bool FourEyes => review.FourEyes;
    public bool RequiresReview => review.RequiresReview;

    public Task<T?> FindAsync(IPortalDb db, string id, CancellationToken ct) =>
        db.Set<T>().FirstOrDefaultAsync(v => v.ContentItemId == id && v.Latest, ct);

    public string? AuthorOf(T item) => item.Author;

    public Task StageTransitionAsync(T item, ReviewState to, string? note, CancellationToken ct) =>
        ((IContentStaging<T>)services.GetRequiredService<IContentManager<T>>()).StageTransitionAsync(item, to, note, ct);
}
