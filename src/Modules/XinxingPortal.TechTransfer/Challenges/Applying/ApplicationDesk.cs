using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;

namespace XinxingPortal.TechTransfer.Challenges.Applying;

/// <summary>
/// Takes an organisation's application to a challenge: one per organisation and challenge, only before the
/// deadline, and a returned one may be edited and sent again. Files are staged in the private store and kept
/// only when their rows commit, so a failed save never leaves stray files.
/// </summary>
internal sealed class ApplicationDesk(IPortalDb db, ModerationDesk moderation, PrivateFiles files, TimeProvider time)
{
    public const int MaxFiles = 3;
    private const int MaxFileName = 200;

    public Task<ChallengeApplication?> OfAsync(string challengeId, string organisationId, CancellationToken ct) =>
        db.Set<ChallengeApplication>().FirstOrDefaultAsync(a => a.ChallengeId == challengeId && a.OrganisationId == organisationId, ct);

    public Task<List<Attachment>> AttachmentsAsync(string applicationId, CancellationToken ct) =>
        db.Set<Attachment>().Where(a => a.OwnerKind == ListingKind.Application && a.OwnerId == applicationId).OrderBy(a => a.UploadedUtc).ToListAsync(ct);

    /// <summary>Null when the organisation may send (or resend) its application now; otherwise why not, as an English msgid.</summary>
    public string? Refusal(Challenge challenge, ChallengeApplication? existing) =>
        !challenge.TakesApplications(time) ? "The deadline for this challenge has passed, so applications are no longer accepted."
        : existing is { Status: not ReviewState.Returned } ? "Your organisation has already applied to this challenge. Follow it under My applications."
        : null;

    /// <summary>
    /// Checks what the form alone cannot: the deadline, an earlier application and the files. Returns what is ready
    /// to save, or the problems.
    /// </summary>
    public async Task<(PreparedApplication? Ready, IReadOnlyList<ApplicationProblem> Problems)> PrepareAsync(
        Challenge challenge, Organisation organisation, ApplicationInput input, CancellationToken ct)
    {
        var existing = await OfAsync(challenge.Id, organisation.Id, ct);
        if (Refusal(challenge, existing) is { } refusal)
        {
            return (null, [new ApplicationProblem("", refusal)]);
        }

        var attached = existing is null ? [] : await AttachmentsAsync(existing.Id, ct);
        var removed = attached.Where(a => input.RemoveFiles.Contains(a.Id)).ToList();
        var (uploads, problems) = await ReadAsync(input.Files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList(), ct);
        if (attached.Count - removed.Count + uploads.Count > MaxFiles)
        {
            problems.Add(new ApplicationProblem(nameof(input.Files), "Attach at most 3 files."));
        }

        return problems.Count > 0 ? (null, problems) : (new PreparedApplication(challenge, organisation, existing, removed, uploads), []);
    }

    /// <summary>Stages the application and sends it for review (again, when it was returned); the action commits.</summary>
    public async Task SaveAsync(PreparedApplication ready, ApplicationInput input, string? userId, string by, CancellationToken ct)
    {
        var application = ready.Existing ?? new ChallengeApplication { Id = NewId(), ChallengeId = ready.Challenge.Id, OrganisationId = ready.Organisation.Id };
        application.PostedBy = userId;
        application.TeamName = input.TeamName.Trim();
        application.Leader = input.Leader.Trim();
        application.Plan = input.Plan.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        await moderation.SubmitAsync(application, ListingKind.Application, application.TeamName, by, ct);
        if (ready.Existing is null)
        {
            db.Set<ChallengeApplication>().Add(application);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rows = ready.Uploads.Select(u => new Attachment
        {
            Id = NewId(), OwnerKind = ListingKind.Application, OwnerId = application.Id, FileName = u.Name,
            ContentType = u.Kind.ContentType(), Size = u.Data.Length, UploadedUtc = now,
        }).ToList();
        db.Set<Attachment>().AddRange(rows);
        db.Set<Attachment>().RemoveRange(ready.Removed);
        for (var i = 0; i < rows.Count; i++)
        {
            await files.SaveAsync(rows[i].Id, ready.Uploads[i].Data, ct);
        }

        foreach (var gone in ready.Removed)
        {
            files.Delete(gone.Id);
        }
    }

    private async Task<(List<Upload>, List<ApplicationProblem>)> ReadAsync(List<IFormFile> formFiles, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        var problems = new List<ApplicationProblem>();
        foreach (var file in formFiles)
        {
            var name = FileNameOf(file.FileName);
            var inspection = await files.InspectAsync(file, name, PrivateFiles.Documents, ct);
            if (inspection.Kind is { } kind)
            {
                uploads.Add(new Upload(name, kind, inspection.Content));
            }
            else
            {
                problems.Add(new ApplicationProblem(nameof(ApplicationInput.Files), inspection.Problem!, name));
            }
        }

        return (uploads, problems);
    }

    /// <summary>The name without any client path, shortened to fit the column but keeping its extension.</summary>
    private static string FileNameOf(string raw)
    {
        var name = Path.GetFileName(raw.Replace('\\', '/'));
        if (name.Length <= MaxFileName)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        return name[..(MaxFileName - extension.Length)] + extension;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}

/// <summary>An application that passed every check, with the files to add and the attachments to drop.</summary>
internal sealed record PreparedApplication(
    Challenge Challenge, Organisation Organisation, ChallengeApplication? Existing, IReadOnlyList<Attachment> Removed, IReadOnlyList<Upload> Uploads);

internal sealed record Upload(string Name, FileKind Kind, byte[] Data);

/// <summary>Why an application was not taken: the form field, an English msgid, and the file it concerns, if any.</summary>
internal sealed record ApplicationProblem(string Field, string Message, string? File = null);
