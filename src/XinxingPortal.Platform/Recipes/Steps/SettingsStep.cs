using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Accounts;
using XinxingPortal.Platform.Localization;
using XinxingPortal.Platform.Settings;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>Sets the fields it names and keeps the others, so a sub-recipe can change one setting.</summary>
internal sealed class SettingsStep(SiteSettingsStore store) : IRecipeStepHandler
{
    public string StepName => "settings";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        if (model.Cultures is { } cultures)
        {
            if (cultures.Count == 0)
            {
                throw context.Error(".cultures", "at least one culture is needed");
            }

            for (var i = 0; i < cultures.Count; i++)
            {
                if (!PortalCultures.IsSupported(cultures[i]))
                {
                    throw context.Error($".cultures[{i}]", $"unsupported culture '{cultures[i]}'; use {string.Join(", ", PortalCultures.All)}");
                }
            }
        }

        foreach (var (field, texts) in new[] { ("siteNames", model.SiteNames), ("descriptions", model.Descriptions) })
        {
            foreach (var (culture, text) in texts ?? new Dictionary<string, string>())
            {
                if (!PortalCultures.IsSupported(culture))
                {
                    throw context.Error($".{field}.{culture}", $"unsupported culture '{culture}'; use {string.Join(", ", PortalCultures.All)}");
                }

                if (text.Length is 0 or > 300)
                {
                    throw context.Error($".{field}.{culture}", "give 1 to 300 characters");
                }
            }
        }

        if (model.Registration is { } registration)
        {
            if (!Enum.TryParse<RegistrationMode>(registration, ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
            {
                throw context.Error(".registration", $"unknown registration mode '{registration}'; use off, open or approval");
            }

            await store.SaveModuleSettingsAsync(AccountSettings.Key, new AccountSettings(mode), cancellationToken);
        }

        var current = await store.GetAsync(cancellationToken);
        await store.SaveAsync(current with
        {
            SiteName = model.SiteName ?? current.SiteName,
            Cultures = model.Cultures ?? current.Cultures,
            Sponsor = model.Sponsor ?? current.Sponsor,
            Contact = model.Contact ?? current.Contact,
            SiteIdCode = model.SiteIdCode ?? current.SiteIdCode,
            IcpNumber = model.IcpNumber ?? current.IcpNumber,
            PublicSecurityNumber = model.PublicSecurityNumber ?? current.PublicSecurityNumber,
            GovSiteMark = model.GovSiteMark ?? current.GovSiteMark,
            Theme = model.Theme ?? current.Theme,
            Emblem = model.Emblem ?? current.Emblem,
            SiteNames = model.SiteNames ?? current.SiteNames,
            Descriptions = model.Descriptions ?? current.Descriptions,
        }, cancellationToken);
    }

    private sealed record Model(
        string? SiteName = null,
        IReadOnlyList<string>? Cultures = null,
        string? Sponsor = null,
        string? Contact = null,
        string? SiteIdCode = null,
        string? IcpNumber = null,
        string? PublicSecurityNumber = null,
        string? GovSiteMark = null,
        string? Theme = null,
        string? Emblem = null,
        string? Registration = null,
        IReadOnlyDictionary<string, string>? SiteNames = null,
        IReadOnlyDictionary<string, string>? Descriptions = null);
}
