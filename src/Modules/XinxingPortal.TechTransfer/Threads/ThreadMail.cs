using Microsoft.Extensions.Localization;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Threads;

/// <summary>
/// The emails of 意向洽谈, each in the recipient organisation's language. The message text is in the email: an
/// organisation a recipe seeded has no account to sign in with, and the first email also carries the interested
/// party's contact details so it can answer directly.
/// </summary>
internal sealed class ThreadMail(MarketMail mail, MarketLinks links, IStringLocalizer<ThreadMail> t)
{
    public void Opened(InterestThread thread, Organisation starter, Organisation owner, string body) => mail.Send(owner, () =>
        (t["Expression of interest: {0}", thread.ListingTitle],
         t["{0} is interested in \"{1}\" and wrote:\n\n{2}\n\nContact: {3}, {4}, {5}\nRead and reply: {6}",
             starter.Name, thread.ListingTitle, body, starter.ContactName, starter.ContactMobile, starter.ContactEmail, Link(owner, thread)]));

    /// <param name="author">The author's organisation; null when bureau staff wrote.</param>
    public void Message(InterestThread thread, Organisation recipient, Organisation? author, string body) => mail.Send(recipient, () =>
        (t["New message: {0}", thread.ListingTitle],
         t["{0} wrote about \"{1}\":\n\n{2}\n\nRead and reply: {3}", Author(author), thread.ListingTitle, body, Link(recipient, thread)]));

    public void Closed(InterestThread thread, Organisation recipient, Organisation? by) => mail.Send(recipient, () =>
        (t["Conversation closed: {0}", thread.ListingTitle],
         t["{0} closed the conversation about \"{1}\". Outcome: {2}.\n{3}", Author(by), thread.ListingTitle,
             thread.Status == ThreadStatus.Agreed ? t["agreement reached"] : t["no agreement"], Link(recipient, thread)]));

    private string Author(Organisation? author) => author?.Name ?? t["The Science and Technology Bureau"];

    private string Link(Organisation recipient, InterestThread thread) => links.Absolute(recipient.Culture, ThreadRoutes.ThreadPath(thread.Id));
}
