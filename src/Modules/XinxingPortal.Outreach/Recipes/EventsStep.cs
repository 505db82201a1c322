using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Events;

namespace XinxingPortal.Outreach.Recipes;

internal sealed class EventsStep(
    IContentManager<OutreachEvent> content, IMarkdownRenderer markdown, ISiteSettingsStore settings, IPortalDb db, SeatBook seats) : IRecipeStepHandler
{
    private const int MaxCapacity = 100_000;

    public string StepName => "events";
    public string FeatureId => OutreachFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        for (var i = 0; i < model.Events.Count; i++)
        {
            var e = model.Events[i];
            var at = $".events[{i}]";
            context.CheckCulture(at + ".culture", e.Culture, cultures);
            context.CheckSlug(at + ".slug", e.Slug);

            if (e.End <= e.Start)
            {
                throw context.Error(at + ".end", "an event ends after it starts");
            }

            if (e.RegistrationCloses <= e.RegistrationOpens || e.RegistrationCloses > e.Start)
            {
                throw context.Error(at + ".registrationCloses", "registration closes after it opens and no later than the start");
            }

            if (e.Capacity is < 1 or > MaxCapacity)
            {
                throw context.Error(at + ".capacity", $"capacity is between 1 and {MaxCapacity}");
            }

            if ((e.Venue is null) == (e.OnlineUrl is null))
            {
                throw context.Error(at + ".venue", "an event has either a venue or an online address");
            }

            if (e.Venue is { } venue && !await db.Set<Venue>().AnyAsync(v => v.LocalizationSet == venue, cancellationToken))
            {
                throw context.Error(at + ".venue", $"there is no venue '{venue}'");
            }

            if (!Enum.TryParse<EventStatus>(e.Status ?? "scheduled", true, out var status) || int.TryParse(e.Status, out _))
            {
                throw context.Error(at + ".status", "status is scheduled, postponed or cancelled");
            }

            var wanted = new OutreachEvent
            {
                LocalizationSet = e.LocalizationSet ?? e.ContentItemId, Culture = e.Culture, Slug = e.Slug, DisplayText = e.Title,
                VenueSet = e.Venue, OnlineUrl = e.OnlineUrl, StartUtc = BeijingTime.ToUtc(e.Start), EndUtc = BeijingTime.ToUtc(e.End),
                Audience = e.Audience ?? "", Capacity = e.Capacity, RegistrationOpensUtc = BeijingTime.ToUtc(e.RegistrationOpens),
                RegistrationClosesUtc = BeijingTime.ToUtc(e.RegistrationCloses), Status = status, Description = e.Description ?? "",
                DescriptionHtml = markdown.ToSafeHtml(e.Description ?? ""), PhotoIds = [.. (e.Photos ?? []).Select(MediaKeys.IdFor)],
            };
            var saved = await content.UpsertAsync(RecipeFields.WithId(wanted, e.ContentItemId), (a, b) => RecipeFields.Same(EventFields.Of(a), EventFields.Of(b)), EventFields.Copy, e.Published != false, ct: cancellationToken);
            if (!await seats.SetCapacityAsync(saved.LocalizationSet, e.Capacity, cancellationToken))
            {
                throw context.Error(at + ".capacity", "capacity is below the seats already taken");
            }
        }
    }

    private sealed record Model(IReadOnlyList<EventEntry> Events);
}
