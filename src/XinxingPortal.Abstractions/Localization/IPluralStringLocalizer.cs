using Microsoft.Extensions.Localization;

namespace XinxingPortal.Abstractions.Localization;

/// <summary>
/// Implemented by string localizers that know the plural rules of their culture.
/// Call it through <see cref="PluralLocalizerExtensions.Plural"/> rather than directly.
/// </summary>
public interface IPluralStringLocalizer
{
    /// <summary>
    /// Returns the plural form of <paramref name="singular"/> chosen for <paramref name="count"/>,
    /// formatted with <paramref name="count"/> as argument {0} followed by <paramref name="args"/>.
    /// </summary>
    LocalizedString GetPlural(int count, string singular, string plural, object[] args);
}
