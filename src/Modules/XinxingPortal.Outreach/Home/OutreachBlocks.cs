using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Home;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Events;
using XinxingPortal.Outreach.Venues;

namespace XinxingPortal.Outreach.Home;

/// <summary>
/// 科普活动 still to come, soonest first; with the filter <c>week</c>, only those that start before this (Beijing) week
/// ends. Read in the asking tenant's scope or, for the bureau's home page, in the microsite's.
/// </summary>
internal sealed class UpcomingEventsBlock(EventQueries queries, TimeProvider time, IServiceProvider services, IStringLocalizer<UpcomingEventsBlock> t)
    : IHomeBlockSource
{
    public string BlockType => "outreach.events";
    public string FeatureId => OutreachFeature.Id;
    public string DisplayName => "Upcoming events";
    public IReadOnlyList<string> Filters => ["week"];

    public async Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct)
    {
        var thisWeek = string.Equals(query.Filter, "week", StringComparison.OrdinalIgnoreCase);
        var upcoming = queries.Upcoming(query.Culture);
        if (thisWeek)
        {
            var today = time.BeijingToday();
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            var weekEnds = BeijingTime.StartOfDayUtc(monday.AddDays(7));
            upcoming = upcoming.Where(e => e.StartUtc < weekEnds);
        }

        var events = await upcoming.Take(query.Count).ToListAsync(ct);
        var venues = await queries.VenuesBySetAsync(query.Culture, events.Select(e => e.VenueSet), ct);
        var photos = await PhotosAsync(events.Select(e => e.PhotoIds.FirstOrDefault()), ct);
        return new HomeBlockContent(thisWeek ? t["This week's events"] : t["Upcoming events"], "/events",
            [.. events.Select(e => new HomeCard(e.DisplayText, "/events/" + e.Slug)
            {
                Date = BeijingTime.DateOf(e.StartUtc),
                Kind = t["Event"],
                Image = e.PhotoIds.FirstOrDefault() is { } id ? photos.GetValueOrDefault(id) : null,
                Note = BeijingTime.FromUtc(e.StartUtc).ToString("HH:mm", CultureInfo.InvariantCulture)
                    + (e.VenueSet is { } set && venues.TryGetValue(set, out var venue) ? " · " + venue.DisplayText : ""),
            })]);
    }

    private async Task<Dictionary<string, MediaImage>> PhotosAsync(IEnumerable<string?> ids, CancellationToken ct) =>
        (await Photos.ForAsync(services, [.. ids.OfType<string>().Distinct()], ct)).ToDictionary(p => p.Id);
}

/// <summary>科普教育基地 open today (Beijing date), with today's hours.</summary>
internal sealed class VenuesOpenTodayBlock(EventQueries queries, TimeProvider time, IStringLocalizer<VenuesOpenTodayBlock> t) : IHomeBlockSource
{
    public string BlockType => "outreach.venues-open-today";
    public string FeatureId => OutreachFeature.Id;
    public string DisplayName => "Venues open today";
    public IReadOnlyList<string> Filters => [];

    public async Task<HomeBlockContent?> LoadAsync(HomeBlockQuery query, CancellationToken ct)
    {
        var today = time.BeijingToday();
        var venues = await queries.Venues(query.Culture).OrderBy(v => v.DisplayText).ToListAsync(ct);
        return new HomeBlockContent(t["Open today"], "/venues?open=today",
            [.. venues.Where(v => OpeningHours.IsOpenOn(today, v.Hours, v.Closures)).Take(query.Count)
                .Select(v => new HomeCard(v.DisplayText, "/venues/" + v.Slug)
                {
                    Date = today,
                    Note = string.Join(", ", OpeningHours.On(today, v.Hours).Select(h =>
                        h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture))),
                })]);
    }
}
