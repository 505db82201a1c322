using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Media;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.OpenLab.Admin;
using XinxingPortal.OpenLab.Data;
using XinxingPortal.OpenLab.Instruments;

namespace XinxingPortal.OpenLab.Recipes;

/// <summary>Upserts instruments by stable id, with the national platform's checks (分类编码, 原值, text limits).</summary>
internal sealed class InstrumentsStep(IContentManager<Instrument> content, IPortalDb db) : IRecipeStepHandler
{
    public string StepName => "instruments";
    public string FeatureId => OpenLabFeature.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        for (var i = 0; i < model.Instruments.Count; i++)
        {
            var e = model.Instruments[i];
            var at = $".instruments[{i}]";
            context.CheckSlug(at + ".slug", e.Slug);
            if (e.Id.Length is 0 or > 64)
            {
                throw context.Error(at + ".id", "an id has 1 to 64 characters");
            }

            if (!await db.Set<Lab>().AnyAsync(l => l.ContentItemId == e.Lab && l.Latest, cancellationToken))
            {
                throw context.Error(at + ".lab", $"no lab '{e.Lab}' (add it with a labs step first)");
            }

            if (e.ClassificationCode.Length != 6 || !e.ClassificationCode.All(char.IsAsciiDigit))
            {
                throw context.Error(at + ".classificationCode", "分类编码 has exactly 6 digits");
            }

            if (e.OriginalValue < 0 || decimal.Round(e.OriginalValue, 2) != e.OriginalValue)
            {
                throw context.Error(at + ".originalValue", "原值 (万元) is at least 0 with at most two decimals");
            }

            var status = Parse<OperatingStatus>(context, at + ".status", e.Status, OperatingStatus.Normal);
            var sharing = Parse<SharingMode>(context, at + ".sharing", e.Sharing, SharingMode.External);
            Limit(context, at + ".name", e.Name, 128, required: true);
            Limit(context, at + ".specifications", e.Specifications, 500);
            Limit(context, at + ".functions", e.Functions, 300);
            Limit(context, at + ".services", e.Services, 2000);
            Limit(context, at + ".sharingRules", e.SharingRules, 2000);
            Limit(context, at + ".fees", e.Fees, 1000);

            var wanted = new Instrument
            {
                ContentItemId = e.Id, LocalizationSet = e.Id, Culture = "zh-CN", Slug = e.Slug, DisplayText = e.Name, LabId = e.Lab,
                EnglishName = e.EnglishName ?? "", Unit = e.Unit, InternalNumber = e.InternalNumber ?? "", ClassificationCode = e.ClassificationCode,
                Model = e.Model ?? "", Manufacturer = e.Manufacturer ?? "", Country = e.Country ?? "", OriginalValue = e.OriginalValue,
                InServiceOn = e.InServiceOn, Address = e.Address ?? "", Status = status, Sharing = sharing, Special = e.Special == true,
                Specifications = e.Specifications ?? "", Functions = e.Functions ?? "", Services = e.Services ?? "", SharingRules = e.SharingRules ?? "",
                Fees = e.Fees ?? "", HourlyFee = e.HourlyFee, Contact = e.Contact ?? "", PhotoIds = [.. (e.Photos ?? []).Select(MediaKeys.IdFor)],
            };
            await content.UpsertAsync(wanted, (a, b) => Json(a) == Json(b), Copy, e.Published != false, ct: cancellationToken);
            if (!await db.Set<InstrumentRules>().AnyAsync(r => r.InstrumentId == e.Id, cancellationToken) &&
                !db.Set<InstrumentRules>().Local.Any(r => r.InstrumentId == e.Id))
            {
                db.Set<InstrumentRules>().Add(new InstrumentRules { InstrumentId = e.Id });
            }
        }
    }

    private static T Parse<T>(RecipeStepContext context, string path, string? text, T fallback) where T : struct, Enum
    {
        if (text is null)
        {
            return fallback;
        }

        return Enum.TryParse<T>(text, true, out var value) && !int.TryParse(text, out _) ? value
            : throw context.Error(path, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");
    }

    private static void Limit(RecipeStepContext context, string path, string? text, int max, bool required = false)
    {
        if ((required && string.IsNullOrWhiteSpace(text)) || text?.Length > max)
        {
            throw context.Error(path, required ? $"required, at most {max} characters" : $"at most {max} characters");
        }
    }

    /// <summary>What the recipe sets, with amounts written at a fixed scale (the database may hand back 300 as 300.00).</summary>
    private static string Json(Instrument x)
    {
        var input = InstrumentInput.From(x);
        var fee = input.HourlyFee?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        input.HourlyFee = null;
        return JsonSerializer.Serialize(input) + fee + x.Culture + string.Join(",", x.PhotoIds);
    }

    private static void Copy(Instrument from, Instrument to)
    {
        InstrumentInput.From(from).ApplyTo(to);
        to.PhotoIds = from.PhotoIds;
    }

    private sealed record Model(IReadOnlyList<InstrumentEntry> Instruments);
}
