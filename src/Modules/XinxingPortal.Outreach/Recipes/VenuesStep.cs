using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Outreach.Data;
using XinxingPortal.Outreach.Venues;

namespace XinxingPortal.Outreach.Recipes;

internal sealed class VenuesStep(IContentManager<Venue> content, IMarkdownRenderer markdown, ISiteSettingsStore settings) : IRecipeStepHandler
{
    public string StepName => "venues";
    public string FeatureId => OutreachFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var cultures = (await settings.GetAsync(cancellationToken)).Cultures;
        for (var i = 0; i < model.Venues.Count; i++)
        {
            var e = model.Venues[i];
            var at = $".venues[{i}]";
            context.CheckCulture(at + ".culture", e.Culture, cultures);
            context.CheckSlug(at + ".slug", e.Slug);

            if (!Enum.TryParse<VenueType>(e.Type, true, out var type) || int.TryParse(e.Type, out _))
            {
                throw context.Error(at + ".type", $"'{e.Type}' is not a venue type ({string.Join(", ", Enum.GetNames<VenueType>())})");
            }

            var hours = new List<OpeningPeriod>();
            for (var h = 0; h < (e.Hours?.Count ?? 0); h++)
            {
                var entry = e.Hours![h];
                if (!Enum.TryParse<DayOfWeek>(entry.Day, true, out var day) || int.TryParse(entry.Day, out _) ||
                    !TimeOnly.TryParse(entry.Opens, out var opens) || !TimeOnly.TryParse(entry.Closes, out var closes) || closes <= opens)
                {
                    throw context.Error($"{at}.hours[{h}]", "hours need a weekday name and an opening time before the closing time (HH:mm)");
                }

                hours.Add(new OpeningPeriod(day, opens, closes));
            }

            var wanted = new Venue
            {
                LocalizationSet = e.LocalizationSet ?? e.ContentItemId, Culture = e.Culture, Slug = e.Slug, DisplayText = e.Name, Type = type,
                Operator = e.Operator ?? "", Address = e.Address, District = e.District ?? "", Latitude = e.Latitude, Longitude = e.Longitude,
                Hours = hours, Closures = (e.Closures ?? []).Select(c => new Closure(c.From, c.To, c.Reason)).ToList(),
                BookingMethod = e.BookingMethod ?? "", Fees = e.Fees ?? "", FreeDays = e.FreeDays ?? "", ExhibitionAreaSquareMetres = e.ExhibitionArea,
                Audience = e.Audience ?? "", Accessibility = e.Accessibility ?? "", AccreditationBatch = e.AccreditationBatch ?? "",
                AccreditedUntil = e.AccreditedUntil, Contact = e.Contact ?? "", Description = e.Description ?? "",
                DescriptionHtml = markdown.ToSafeHtml(e.Description ?? ""), PhotoIds = [.. (e.Photos ?? []).Select(MediaKeys.IdFor)],
            };
            await content.UpsertAsync(RecipeFields.WithId(wanted, e.ContentItemId), (a, b) => RecipeFields.Same(VenueFields.Of(a), VenueFields.Of(b)), VenueFields.Copy, e.Published != false, ct: cancellationToken);
        }
    }

    private sealed record Model(IReadOnlyList<VenueEntry> Venues);
}
