using XinxingPortal.Abstractions.Workflow;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Email;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer;

/// <summary>The market's emails, each to an organisation's contact address in the language it registered in.</summary>
internal sealed class MarketMail(IEmailOutbox outbox, MarketLinks links, IPortalAccounts accounts, IStringLocalizer<MarketMail> t)
{
    /// <summary>The bureau works in the site's default language.</summary>
    private const string StaffCulture = "zh-CN";

    /// <summary>Tells everyone who moderates the market that something waits for them, with a link to it.</summary>
    public async Task StaffNoticeAsync(string what, string title, string path, CancellationToken ct)
    {
        var moderators = await accounts.EmailsOfHoldersAsync(Permissions.Moderate, ct);
        var (subject, body) = CultureMail.ComposeIn(StaffCulture, () => (
            t["Waiting for review: {0}", title].Value,
            t["{0} \"{1}\" waits for review: {2}", t[what], title, links.Absolute(StaffCulture, path)].Value));
        foreach (var email in moderators)
        {
            outbox.Enqueue(new EmailMessage(email, subject, body));
        }
    }

    public void OrganisationReviewed(Organisation o) => Send(o, () => o.Status == Organisations.VerificationStatus.Verified
        ? (t["Your organisation is verified"], t["The bureau has verified {0}. You can now post on the technology market: {1}", o.Name, links.Absolute(o.Culture, "/techtransfer/my")])
        : (t["Your organisation could not be verified"], t["The bureau could not verify {0}. Reason: {1}", o.Name, o.RejectionReason ?? ""]));

    public void ReviewDecided(Organisation o, ListingKind kind, string id, string title, ReviewState decision, string? comment) => Send(o, () => decision switch
    {
        // Applications are never public: passing review makes them eligible for the shortlist.
        ReviewState.Published when kind == ListingKind.Application => (t["Application accepted: {0}", title],
            t["Your application \"{0}\" passed the formal review and goes on to the expert assessment. Follow it here: {1}", title, links.Absolute(o.Culture, MarketLinks.PathOf(kind, id))]),
        ReviewState.Published => (t["Published: {0}", title], t["\"{0}\" passed review and is now public: {1}", title, links.Absolute(o.Culture, MarketLinks.PathOf(kind, id))]),
        ReviewState.Returned => (t["Changes requested: {0}", title], t["The reviewer returned \"{0}\" for changes: {1}\nEdit and resubmit it here: {2}", title, comment ?? "", links.Absolute(o.Culture, kind == ListingKind.Application ? MarketLinks.PathOf(kind, id) : "/techtransfer/my")]),
        _ => (t["Not accepted: {0}", title], t["\"{0}\" was not accepted. Reason: {1}", title, comment ?? ""]),
    });

    /// <summary>Sends a message composed in the organisation's language.</summary>
    public void Send(Organisation o, Func<(LocalizedString Subject, LocalizedString Body)> compose)
    {
        if (string.IsNullOrWhiteSpace(o.ContactEmail))
        {
            return;
        }

        outbox.EnqueueIn(o.Culture, () =>
        {
            var (subject, body) = compose();
            return new EmailMessage(o.ContactEmail, subject, $"{t["Hello {0},", o.ContactName]}\n\n{body}");
        });
    }
}
