using System.Security.Claims;
using XinxingPortal.Abstractions.Organisations;

namespace XinxingPortal.OpenLab.Booking;

/// <summary>
/// The verified organisations the signed-in user may book on behalf of, from whichever module offers them; none (and
/// no field on the form) where TechTransfer's organisations register is off or not installed.
/// </summary>
internal sealed class BookingOrganisations(IEnumerable<IOrganisationDirectory> directories)
{
    public async Task<IReadOnlyList<ActingOrganisation>> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return [];
        }

        var found = new List<ActingOrganisation>();
        foreach (var directory in directories)
        {
            found.AddRange(await directory.VerifiedForAsync(userId, ct));
        }

        return found;
    }
}
