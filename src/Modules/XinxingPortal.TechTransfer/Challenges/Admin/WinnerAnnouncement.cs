using XinxingPortal.Abstractions.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Auditing;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Challenges.Admin;

/// <summary>
/// The end of a challenge: approved applications are shortlisted, then one of them is selected after the deadline
/// and announced publicly (公示) for a period in which anyone may object. Each step is audited and recorded in the
/// application's history; the shortlisted organisations are told the result by email.
/// </summary>
internal sealed class WinnerAnnouncement(
    IPortalDb db, ModerationDesk moderation, IAuditLog audit, MarketMail mail, MarketLinks links, TimeProvider time,
    IStringLocalizer<WinnerAnnouncement> t)
{
    /// <summary>Null when done, otherwise the reason as an English msgid.</summary>
    public string? Shortlist(Challenge challenge, ChallengeApplication application, bool shortlisted, string by)
    {
        if (challenge.AnnouncedUtc is not null)
        {
            return "The winner has already been announced; the shortlist is final.";
        }

        if (shortlisted && application.Status != ReviewState.Published)
        {
            return "Only approved applications can be shortlisted.";
        }

        if (application.Shortlisted != shortlisted)
        {
            application.Shortlisted = shortlisted;
            var action = shortlisted ? "Shortlisted" : "RemovedFromShortlist";
            // History steps are recorded under the msgid they are shown by.
            moderation.History(ListingKind.Application, application.Id, shortlisted ? "Shortlisted" : "Taken off the shortlist", by);
            audit.Record("TechTransfer.Application." + action, application.Id, challenge.Id);
        }

        return null;
    }

    /// <summary>Selects the winner and publishes the 公示; null when done, otherwise the reason as an English msgid.</summary>
    public async Task<string?> AnnounceAsync(Challenge challenge, AnnouncementInput input, string by, CancellationToken ct)
    {
        var today = time.BeijingToday();
        var shortlisted = await db.Set<ChallengeApplication>()
            .Where(a => a.ChallengeId == challenge.Id && a.Shortlisted && a.Status == ReviewState.Published).ToListAsync(ct);
        var winner = shortlisted.FirstOrDefault(a => a.Id == input.WinnerId);
        var problem = challenge.AnnouncedUtc is not null ? "The winner of this challenge has already been announced."
            : today <= challenge.Deadline ? "A winner can be selected only after the deadline."
            : !challenge.Published ? "Publish the challenge before announcing its winner."
            : winner is null ? "Choose one of the shortlisted applications."
            : null;
        if (problem is not null)
        {
            return problem;
        }

        var now = time.GetUtcNow().UtcDateTime;
        winner!.Selected = true;
        challenge.WinnerApplicationId = winner.Id;
        challenge.AnnouncedUtc = now;
        challenge.ObjectionsUntil = today.AddDays(input.ObjectionDays);
        challenge.AnnouncementNote = (input.Note ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        challenge.UpdatedUtc = now;
        moderation.History(ListingKind.Application, winner.Id, "Selected as the winner", by);
        audit.Record("TechTransfer.Challenge.Announced", challenge.Id, $"winner {winner.Id}; objections until {BeijingTime.Date(challenge.ObjectionsUntil.Value)}");
        await TellAsync(challenge, winner, shortlisted, ct);
        return null;
    }

    private async Task TellAsync(Challenge challenge, ChallengeApplication winner, List<ChallengeApplication> shortlisted, CancellationToken ct)
    {
        var organisationIds = shortlisted.Select(a => a.OrganisationId).Distinct().ToList();
        var organisations = await db.Set<Organisation>().AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var until = BeijingTime.Date(challenge.ObjectionsUntil!.Value);
        foreach (var application in shortlisted)
        {
            if (!organisations.TryGetValue(application.OrganisationId, out var o))
            {
                continue;
            }

            var link = links.Absolute(o.Culture, "/techtransfer/challenges/" + challenge.Id);
            mail.Send(o, () => application.Id == winner.Id
                ? (t["Selected: {0}", challenge.Title],
                    t["Your team \"{0}\" has been selected for the challenge \"{1}\". The result is announced publicly until {2}, when the period for objections ends: {3}", application.TeamName, challenge.Title, until, link])
                : (t["Result of the challenge: {0}", challenge.Title],
                    t["Thank you for applying to \"{0}\" with the team \"{1}\". The bureau has selected another team; the result is announced publicly until {2}: {3}", challenge.Title, application.TeamName, until, link]));
        }
    }
}
