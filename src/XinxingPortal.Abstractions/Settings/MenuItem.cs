namespace XinxingPortal.Abstractions.Settings;

/// <summary>A main-navigation entry. Text is per culture; the site falls back to its default culture.</summary>
public sealed record MenuItem(string Id, string Url, IReadOnlyDictionary<string, string> Text)
{
    public string TextFor(string culture, string fallbackCulture) =>
        Text.TryGetValue(culture, out var t) ? t : Text.TryGetValue(fallbackCulture, out var f) ? f : Id;
}
