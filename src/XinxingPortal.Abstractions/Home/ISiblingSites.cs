namespace XinxingPortal.Abstractions.Home;

/// <summary>
/// Other tenants of the same installation as the host sees them: the main menu links to a sibling site with
/// <c>tenant:name</c>, and a home page shows a sibling's public block read by the host in that tenant's own scope,
/// never from its database by another tenant's code.
/// </summary>
public interface ISiblingSites
{
    /// <summary>
    /// The sibling's home page in <paramref name="culture"/> (or in its default culture when it does not speak that one),
    /// or null when the sibling is missing, disabled or not set up yet.
    /// </summary>
    Task<string?> HomeUrlAsync(string tenant, string culture, CancellationToken ct = default);
}
