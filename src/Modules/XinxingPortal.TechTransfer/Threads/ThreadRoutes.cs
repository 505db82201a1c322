using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>The URL segments of the listings one can express interest in, and the thread paths.</summary>
internal static class ThreadRoutes
{
    public static string? Segment(ListingKind kind) => kind switch
    {
        ListingKind.Outcome => "outcomes",
        ListingKind.Demand => "demands",
        _ => null,
    };

    public static ListingKind? KindOf(string segment) => segment switch
    {
        "outcomes" => ListingKind.Outcome,
        "demands" => ListingKind.Demand,
        _ => null,
    };

    public static string InterestPath(ListingKind kind, string listingId) => $"/techtransfer/{Segment(kind)}/{listingId}/interest";

    public static string ThreadPath(string threadId) => "/techtransfer/threads/" + threadId;

    public const string MyThreadsPath = "/techtransfer/my/threads";
}
