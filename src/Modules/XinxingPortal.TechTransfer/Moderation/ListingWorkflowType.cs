using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Moderation;

/// <summary>
/// Market listings in the kernel's workflow. They are not versioned content (one language, one owner, and an edit
/// goes back to review as a whole), so the kernel's workflow is made to fit them rather than the other way round.
/// </summary>
internal sealed class ListingWorkflowType<T> : IWorkflowType<T> where T : Listing
{
    public string Name => typeof(T).Name;

    /// <summary>Staff review what organisations post; the poster never reviews their own.</summary>
    public bool FourEyes => true;
    public bool RequiresReview => true;

    public Task<T?> FindAsync(IPortalDb db, string id, CancellationToken ct) => db.Set<T>().FirstOrDefaultAsync(l => l.Id == id, ct);

    public string? AuthorOf(T item) => item.SubmittedBy;
}
