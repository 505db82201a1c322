namespace XinxingPortal.Abstractions.Accounts;

/// <summary>
/// A block on the signed-in person's account page that a module fills with their own records
/// (Outreach: event registrations; OpenLab: instrument bookings). Shown while the module's feature is on.
/// </summary>
public interface IAccountSection
{
    string FeatureId { get; }

    /// <summary>The block in the request's language, or null when the module has nothing to show this person.</summary>
    Task<AccountSection?> ForAsync(AccountHolder holder, CancellationToken ct);
}

/// <summary>A titled list; <see cref="EmptyText"/> is shown when it has no items.</summary>
public sealed record AccountSection(string Title, IReadOnlyList<AccountSectionItem> Items, string EmptyText);

/// <summary>One record: what it is, where to see it (a local link, or null), its state and its date, all ready to show.</summary>
public sealed record AccountSectionItem(string Text, string? Url, string Status, string When);
