using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Search;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Search;

/// <summary>
/// Published open labs and shared instruments for site search. Contacts, fees per user and bookings stay out: a
/// reader finds an instrument by what it is and does, and books it from its own page.
/// </summary>
internal sealed class InstrumentSearchSource(IPortalDb db, IStringLocalizer<InstrumentSearchSource> t) : ISearchSource
{
    public string FeatureId => OpenLabFeature.Id;

    public IReadOnlyCollection<string> ContentTypes { get; } = [nameof(Instrument), nameof(Lab)];

    public async Task<SearchDocument?> GetAsync(string contentType, string itemId, string culture, CancellationToken ct)
    {
        switch (contentType)
        {
            case nameof(Instrument):
                var instrument = await db.Set<Instrument>().AsNoTracking()
                    .FirstOrDefaultAsync(i => i.Published && i.ContentItemId == itemId && i.Culture == culture, ct);
                return instrument is null ? null : Map(instrument, await LabNameAsync(instrument.LabId, ct));
            case nameof(Lab):
                var lab = await db.Set<Lab>().AsNoTracking().FirstOrDefaultAsync(l => l.Published && l.ContentItemId == itemId && l.Culture == culture, ct);
                return lab is null ? null : Map(lab);
            default:
                return null;
        }
    }

    public async IAsyncEnumerable<SearchDocument> AllAsync(string culture, [EnumeratorCancellation] CancellationToken ct)
    {
        var labs = await db.Set<Lab>().AsNoTracking().Where(l => l.Published).ToListAsync(ct);
        var names = labs.GroupBy(l => l.ContentItemId).ToDictionary(g => g.Key, g => g.First().DisplayText);
        foreach (var lab in labs.Where(l => l.Culture == culture))
        {
            yield return Map(lab);
        }

        foreach (var instrument in await db.Set<Instrument>().AsNoTracking().Where(i => i.Published && i.Culture == culture).ToListAsync(ct))
        {
            yield return Map(instrument, names.GetValueOrDefault(instrument.LabId));
        }
    }

    // A lab's name is the same whichever culture the instrument is written in: labs may exist in one culture only.
    private Task<string?> LabNameAsync(string labId, CancellationToken ct) =>
        db.Set<Lab>().AsNoTracking().Where(l => l.Published && l.ContentItemId == labId).Select(l => l.DisplayText).FirstOrDefaultAsync(ct);

    private SearchDocument Map(Instrument i, string? labName) => new()
    {
        ContentType = nameof(Instrument),
        ItemId = i.ContentItemId,
        Culture = i.Culture,
        Title = i.DisplayText,
        Body = string.Join("\n", new[]
        {
            i.EnglishName, i.Model, i.Manufacturer, i.Country, labName ?? "", i.Unit, i.ClassificationCode, i.Address,
            i.Functions, i.Specifications, i.Services, i.SharingRules,
        }.Where(s => s.Length > 0)),
        Column = t["Shared instruments"],
        TypeName = t["Instrument"],
        Date = BeijingTime.DateOf(i.PublishedUtc ?? i.ModifiedUtc),
        Url = "/openlab/instruments/" + i.Slug,
        // A reader should see before opening it that the instrument takes no bookings now.
        Notice = InstrumentStates.Bookable(i.Status, i.Sharing) ? null
            : i.Sharing == SharingMode.None ? t[InstrumentStates.NameOf(i.Sharing)].Value : t[InstrumentStates.NameOf(i.Status)].Value,
    };

    private SearchDocument Map(Lab l) => new()
    {
        ContentType = nameof(Lab),
        ItemId = l.ContentItemId,
        Culture = l.Culture,
        Title = l.DisplayText,
        Body = string.Join("\n", new[] { l.HostUnit, l.Location, l.Description }.Where(s => s.Length > 0)),
        Column = t["Shared instruments"],
        TypeName = t["Lab"],
        Date = BeijingTime.DateOf(l.PublishedUtc ?? l.ModifiedUtc),
        // Labs have no page of their own: the instrument list filtered to the lab is where a reader goes.
        Url = "/openlab?lab=" + Uri.EscapeDataString(l.ContentItemId),
    };
}
