using Microsoft.AspNetCore.Mvc;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Policies.Documents;

namespace XinxingPortal.Policies.Public;

/// <summary>The list and each document as JSON: the disclosure metadata in machine-readable form.</summary>
internal sealed class PoliciesJsonController(PolicyQueries queries, PolicyDetailReader details, ICultureLinks links) : Controller
{
    [HttpGet("policies.json")]
    public async Task<IActionResult> List(CancellationToken ct)
    {
        var page = await queries.ListAsync(links.CurrentCulture, PolicyFilter.From(Request.Query), ct);
        return Json(new
        {
            total = page.Results.Total,
            page = page.Results.Number,
            pages = page.Results.Pages,
            pageSize = PolicyFilter.PageSize,
            documents = page.Results.Items.Select(i => new
            {
                indexNumber = i.IndexNumber,
                title = i.Title,
                type = i.Type.ToString().ToLowerInvariant(),
                documentNumber = i.DocumentNumber,
                issuingAgency = i.IssuingAgency,
                writtenOn = i.WrittenOn.ToString("yyyy-MM-dd"),
                publishedOn = BeijingTime.Date(i.PublishedUtc),
                topic = i.TopicCode,
                validity = i.Validity.ToString().ToLowerInvariant(),
                url = Absolute("/policies/" + i.Slug),
                json = Absolute("/policies/" + i.Slug + ".json"),
            }),
        });
    }

    [HttpGet("policies/{slug}.json")]
    public async Task<IActionResult> Document(string slug, CancellationToken ct)
    {
        var detail = await details.ReadAsync(links.CurrentCulture, slug, ct);
        if (detail is null)
        {
            return NotFound();
        }

        var d = detail.Document;
        return Json(new
        {
            indexNumber = detail.IndexNumber?.IndexNumber,
            title = d.DisplayText,
            type = d.Type.ToString().ToLowerInvariant(),
            culture = d.Culture,
            documentNumber = d.DocumentNumber,
            issuingAgency = d.IssuingAgency,
            writtenOn = d.WrittenOn.ToString("yyyy-MM-dd"),
            publishedOn = BeijingTime.Date(detail.PublishedUtc),
            topic = new { code = d.TopicCode, name = detail.TopicName },
            keywords = detail.Keywords,
            validity = new
            {
                status = d.Validity.ToString().ToLowerInvariant(),
                changedOn = d.ValidityChangedOn?.ToString("yyyy-MM-dd"),
                replacedBy = detail.ReplacedBy is { } r ? Absolute("/policies/" + r.Slug) : null,
            },
            interprets = detail.Interprets is { } p ? Absolute("/policies/" + p.Slug) : null,
            interpretations = detail.Interpretations.Select(i => Absolute("/policies/" + i.Slug)),
            attachments = detail.Attachments.Select(a => new
            {
                name = a.FileName,
                type = a.Label,
                size = a.Size,
                url = Absolute($"/policies/{d.Slug}/attachments/{a.Id}"),
            }),
            history = detail.History.Select(h => new { publishedOn = BeijingTime.Date(h.PublishedUtc), first = h.First, note = h.ChangeNote }),
            url = Absolute("/policies/" + d.Slug),
            bodyHtml = d.BodyHtml,
        });
    }

    private string Absolute(string path) => links.Absolute(links.CurrentCulture, path);
}
