namespace XinxingPortal.Abstractions.Email;

/// <summary>An email in the reader's language, composed by the module that sends it, with any files it carries.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, IReadOnlyList<EmailAttachment>? Attachments = null);

/// <summary>
/// A file sent with an email, such as a booking's calendar file. It is stored with the queued message, so it goes
/// out even if the site restarts first; keep it small (a few hundred kilobytes at most).
/// </summary>
/// <param name="ContentType">The full media type, e.g. "text/calendar; method=PUBLISH; charset=utf-8".</param>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>What the outbox accepts for one file; a larger one is a mistake of the sender, not something to mail.</summary>
    public const int MaxBytes = 1024 * 1024;
}
