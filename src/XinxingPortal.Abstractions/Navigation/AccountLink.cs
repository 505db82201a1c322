namespace XinxingPortal.Abstractions.Navigation;

/// <summary>A page every signed-in user of a tenant may want, such as a module's member workspace. Shown while its feature is on.</summary>
public sealed record AccountLink(string Text, string Url, string FeatureId);
