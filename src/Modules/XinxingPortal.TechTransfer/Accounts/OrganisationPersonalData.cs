using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Accounts;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.TechTransfer.Data;

namespace XinxingPortal.TechTransfer.Accounts;

/// <summary>
/// An organisation account's personal data is its contact person. The organisation itself (name, 统一社会信用代码,
/// licence, listings and threads) is the bureau's record of the market and is kept, detached from the deleted account.
/// </summary>
internal sealed class OrganisationPersonalData(IPortalDb db, IStringLocalizer<OrganisationPersonalData> t) : IPersonalDataSource
{
    public string FeatureId => TechTransferFeature.Id;
    public string Key => "techTransferOrganisations";

    public IReadOnlyList<string> KeptAfterErasure =>
        [t["An organisation you registered on the technology market keeps its name, credit code, licence, listings and messages as the bureau's record of the market; its contact name, mobile and email are removed."]];

    public async Task<object> ExportAsync(AccountHolder holder, CancellationToken ct) =>
        (await db.Set<Organisation>().AsNoTracking().Where(o => o.UserId == holder.UserId).ToListAsync(ct))
        .Select(o => new
        {
            o.Name, o.CreditCode, Kind = o.Kind.ToString(), o.ContactName, o.ContactMobile, o.ContactEmail, o.Culture,
            Status = o.Status.ToString(), o.RejectionReason, Registered = BeijingTime.Offset(o.CreatedUtc),
        }).ToList();

    public async Task EraseAsync(AccountHolder holder, CancellationToken ct)
    {
        foreach (var organisation in await db.Set<Organisation>().Where(o => o.UserId == holder.UserId).ToListAsync(ct))
        {
            organisation.UserId = null;
            organisation.ContactName = "";
            organisation.ContactMobile = "";
            organisation.ContactEmail = "";
        }
    }
}
