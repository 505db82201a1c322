using XinxingPortal.Abstractions.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Localization;
using XinxingPortal.Abstractions.Time;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.TechTransfer.Listings;

/// <summary>A verified organisation posts and edits its technology demands; every save goes (back) to review.</summary>
[Authorize]
[RequireFeature(TechTransferFeature.Listings)]
[Route("techtransfer/my/demands")]
internal sealed class DemandFormsController(
    IPortalDb db, MarketAccess access, ModerationDesk desk, ICultureLinks links, TimeProvider time, IStringLocalizer<DemandFormsController> t) : Controller
{
    /// <summary>How far ahead a demand may run before it has to be renewed.</summary>
    private const int MaxValidDays = 730;

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await access.VerifiedOrganisationAsync(ct) is { } o
            ? View("Edit", new DemandInput
            {
                ContactName = o.ContactName, ContactPhone = o.ContactMobile, ContactEmail = o.ContactEmail,
                ValidUntil = time.BeijingToday().AddMonths(6),
            })
            : View("NotVerified", await access.OrganisationAsync(ct));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(DemandInput input, CancellationToken ct)
    {
        if (await access.VerifiedOrganisationAsync(ct) is not { } organisation)
        {
            return View("NotVerified", await access.OrganisationAsync(ct));
        }

        return await SaveAsync(new Demand { Id = Guid.NewGuid().ToString("n"), OrganisationId = organisation.Id, PostedBy = access.UserId }, input, isNew: true, ct);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        var demand = await FindOwnAsync(id, ct);
        if (demand is null)
        {
            return NotFound();
        }

        return View(new DemandInput
        {
            Existing = demand,
            Title = demand.Title, Field = demand.Field, Type = demand.Type, Description = demand.Description,
            BudgetMinWan = Money.ToWan(demand.BudgetMinYuan), BudgetMaxWan = Money.ToWan(demand.BudgetMaxYuan), RequiredTrl = demand.RequiredTrl,
            ValidUntil = demand.ValidUntil, Modes = [.. demand.Modes.Split()], ContactName = demand.ContactName,
            ContactPhone = demand.ContactPhone, ContactEmail = demand.ContactEmail,
        });
    }

    [HttpPost("{id}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(string id, DemandInput input, CancellationToken ct)
    {
        var demand = await FindOwnAsync(id, ct);
        if (demand is null)
        {
            return NotFound();
        }

        input.Existing = demand;
        return await SaveAsync(demand, input, isNew: false, ct);
    }

    private async Task<Demand?> FindOwnAsync(string id, CancellationToken ct) =>
        await access.VerifiedOrganisationAsync(ct) is { } o
            ? await db.Set<Demand>().FirstOrDefaultAsync(x => x.Id == id && x.OrganisationId == o.Id && x.Status != ReviewState.Rejected, ct)
            : null;

    private async Task<IActionResult> SaveAsync(Demand demand, DemandInput input, bool isNew, CancellationToken ct)
    {
        var today = time.BeijingToday();
        if (input.ValidUntil is { } until && (until <= today || until > today.AddDays(MaxValidDays)))
        {
            ModelState.AddModelError(nameof(input.ValidUntil), t["The demand must be valid until a day after today and at most two years ahead."]);
        }

        if (input.BudgetMinWan is { } min && input.BudgetMaxWan is { } max && min > max)
        {
            ModelState.AddModelError(nameof(input.BudgetMaxWan), t["The highest budget cannot be below the lowest."]);
        }

        if (input.Modes.All(m => m == CooperationModes.None))
        {
            // An empty box posts "", which the binder reports as an invalid value; say what is actually wrong.
            ModelState.Remove(nameof(input.Modes));
            ModelState.AddModelError(nameof(input.Modes), t["Choose at least one way of cooperating."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Edit", input);
        }

        demand.Title = input.Title.Trim();
        demand.Field = input.Field;
        demand.Type = input.Type;
        demand.Description = input.Description.Trim();
        demand.BudgetMinYuan = Money.ToYuan(input.BudgetMinWan);
        demand.BudgetMaxYuan = Money.ToYuan(input.BudgetMaxWan);
        demand.RequiredTrl = input.RequiredTrl;
        demand.ValidUntil = input.ValidUntil!.Value;
        demand.Modes = CooperationModeList.Combine(input.Modes);
        demand.ContactName = input.ContactName.Trim();
        demand.ContactPhone = input.ContactPhone.Trim();
        demand.ContactEmail = input.ContactEmail.Trim();
        if (isNew)
        {
            db.Set<Demand>().Add(demand);
        }

        await desk.SubmitAsync(demand, ListingKind.Demand, demand.Title, access.UserName, ct);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["Saved and sent for review. It becomes public once a reviewer approves it."].Value;
        return Redirect(links.Link(links.CurrentCulture, "/techtransfer/my"));
    }
}
