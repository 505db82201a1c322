namespace XinxingPortal.Abstractions.Workflow;

/// <summary>An entity that goes through the kernel's workflow. <see cref="ReviewState"/> is a concurrency token, so a
/// transition is a conditional update: a second reviewer acting on the same state changes nothing.</summary>
public interface IReviewable
{
    ReviewState ReviewState { get; set; }

    /// <summary>The last reviewer's comment (returned) or reason (rejected, unpublished, withdrawn).</summary>
    string? ReviewComment { get; set; }

    /// <summary>Who last submitted it for review; with four eyes, that person may not approve it.</summary>
    string? SubmittedBy { get; set; }
}
