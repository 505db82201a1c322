using Microsoft.Extensions.Localization;

namespace XinxingPortal.Abstractions.Localization;

/// <summary>Plural-aware lookups on any <see cref="IStringLocalizer"/>.</summary>
public static class PluralLocalizerExtensions
{
    /// <summary>
    /// Localizes a message whose wording depends on <paramref name="count"/>. The count is format
    /// argument {0}; <paramref name="args"/> follow as {1}, {2}, ...
    /// </summary>
    public static LocalizedString Plural(
        this IStringLocalizer localizer, int count, string singular, string plural, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        args ??= [];

        if (localizer is IPluralStringLocalizer pluralLocalizer)
        {
            return pluralLocalizer.GetPlural(count, singular, plural, args);
        }

        // Localizers without plural rules still get a chance to translate the chosen English form as a key.
        var key = count == 1 ? singular : plural;
        return localizer[key, [count, .. args]];
    }
}
