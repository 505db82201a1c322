using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>
/// Finds or adds a seeded listing and, once the step has set its fields, stamps it: a listing whose fields
/// all came out equal stays unmodified, so running a recipe twice writes no row.
/// </summary>
internal sealed class ListingWriter(IPortalDb db, TimeProvider time)
{
    public async Task<T> FindOrAddAsync<T>(string id, CancellationToken ct) where T : Listing, new()
    {
        if (await db.Set<T>().FindAsync([id], ct) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var added = new T { Id = id, CreatedUtc = now, UpdatedUtc = now };
        db.Set<T>().Add(added);
        return added;
    }

    /// <summary>Sets the review state; PublishedUtc is set on first approval, from the seed's date when it gives one.</summary>
    public void Finish<T>(T listing, ReviewState status, string? comment, DateOnly? publishedOn) where T : Listing
    {
        var now = time.GetUtcNow().UtcDateTime;
        listing.PostedBy = null;
        listing.Status = status;
        listing.ReviewComment = comment?.Trim();
        if (status == ReviewState.Published && listing.PublishedUtc is null)
        {
            listing.PublishedUtc = publishedOn is { } day ? BeijingTime.StartOfDayUtc(day) : now;
        }

        // Entry() compares the fields with what was loaded; only a real change moves UpdatedUtc.
        if (db.Set<T>().Entry(listing).State == Microsoft.EntityFrameworkCore.EntityState.Modified)
        {
            listing.UpdatedUtc = now;
        }
    }
}
