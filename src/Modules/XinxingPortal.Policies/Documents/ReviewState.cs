namespace XinxingPortal.Policies.Documents;

/// <summary>三审三校: Draft → InReview → Published, or back to Returned with a comment.</summary>
internal enum ReviewState
{
    Draft,
    InReview,
    Returned,
    Published,
}
