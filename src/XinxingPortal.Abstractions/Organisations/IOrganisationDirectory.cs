namespace XinxingPortal.Abstractions.Organisations;

/// <summary>
/// The organisations an account may act for, such as booking an instrument on the organisation's behalf. Offered by
/// the TechTransfer module's organisations register; a consumer takes <c>IEnumerable&lt;IOrganisationDirectory&gt;</c>,
/// which answers nothing where that feature is off, so no module depends on another.
/// </summary>
public interface IOrganisationDirectory
{
    /// <summary>The verified organisations the account (its user id) belongs to, by name; empty when there are none.</summary>
    Task<IReadOnlyList<ActingOrganisation>> VerifiedForAsync(string userId, CancellationToken ct);
}

/// <summary>An organisation a user may act for.</summary>
/// <param name="Id">Stable across renames; what a booking keeps.</param>
/// <param name="Name">The registered name, as the bureau verified it.</param>
public sealed record ActingOrganisation(string Id, string Name);
