using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>Where the signed-in user stands towards expressing interest in one listing.</summary>
internal enum InterestState
{
    /// <summary>The listing is not public: it does not exist as far as anyone on the market can tell.</summary>
    NoListing,

    /// <summary>Approved, but a demand past its 有效期.</summary>
    Expired,

    SignIn,

    /// <summary>Signed in without an organisation the bureau has verified.</summary>
    NeedsVerification,

    /// <summary>Bureau staff without an organisation of their own: they read threads, they do not open them.</summary>
    Staff,

    /// <summary>The listing is the user's own organisation's.</summary>
    Owner,

    /// <summary>The user's organisation already has a thread about this listing.</summary>
    AlreadyOpen,

    CanOpen,
}

internal sealed record InterestStanding(InterestState State, InterestListing? Listing, Organisation? Organisation, InterestThread? Existing);
