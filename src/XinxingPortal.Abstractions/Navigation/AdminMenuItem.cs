namespace XinxingPortal.Abstractions.Navigation;

/// <summary>An admin menu entry. Shown only when its feature is on and the user holds its permission.</summary>
public sealed record AdminMenuItem(string Text, string Url, string FeatureId, string Permission, int Position = 0);
