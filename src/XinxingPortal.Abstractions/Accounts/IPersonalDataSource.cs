namespace XinxingPortal.Abstractions.Accounts;

/// <summary>
/// What a module holds about a person, for the 个人信息保护法 rights to see, download and delete one's data.
/// The platform asks every source of an enabled feature; a module never reads another's tables.
/// </summary>
public interface IPersonalDataSource
{
    string FeatureId { get; }

    /// <summary>The key of this source's part in the downloaded JSON, such as "outreachRegistrations".</summary>
    string Key { get; }

    /// <summary>Everything this module holds about the person, as plain serialisable values.</summary>
    Task<object> ExportAsync(AccountHolder holder, CancellationToken ct);

    /// <summary>
    /// What deleting the account keeps and why, in the request's language, shown before the person confirms
    /// (for example "booking statistics, without your name").
    /// </summary>
    IReadOnlyList<string> KeptAfterErasure { get; }

    /// <summary>Removes or anonymises the person's data on the tenant's context; the caller commits once.</summary>
    Task EraseAsync(AccountHolder holder, CancellationToken ct);
}
