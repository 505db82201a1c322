using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Policies.Data;

namespace XinxingPortal.Policies.Admin;

/// <summary>The 主题分类 taxonomy: add a topic or rename one; codes never change because documents point at them.</summary>
[Route("admin/policies/topics")]
[RequirePermission(Permissions.ManageTopics)]
internal sealed class TopicsAdminController(IPortalDb db, IStringLocalizer<TopicsAdminController> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new TopicsPage(await ListAsync(ct), new TopicInput()));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(TopicInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Index", new TopicsPage(await ListAsync(ct), input));
        }

        var topic = await db.Set<Topic>().FirstOrDefaultAsync(x => x.Code == input.Code, ct);
        if (topic is null)
        {
            topic = new Topic { Code = input.Code, Position = await db.Set<Topic>().CountAsync(ct) };
            db.Set<Topic>().Add(topic);
        }

        topic.NameZh = input.NameZh.Trim();
        topic.NameUg = input.NameUg?.Trim() ?? "";
        topic.NameEn = input.NameEn?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        TempData["Message"] = t["The topic was saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<List<Topic>> ListAsync(CancellationToken ct) =>
        await db.Set<Topic>().AsNoTracking().OrderBy(x => x.Position).ToListAsync(ct);
}

/// <summary>The taxonomy and the add-or-rename form, refilled with what was typed when it is refused.</summary>
internal sealed record TopicsPage(IReadOnlyList<Topic> Topics, TopicInput Input);

internal sealed class TopicInput
{
    [Required(ErrorMessage = "Enter a code.")]
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,63}$", ErrorMessage = "A code has lower-case letters, digits and '-'.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the Chinese name.")]
    [StringLength(64, ErrorMessage = "A name has at most 64 characters.")]
    public string NameZh { get; set; } = "";

    [StringLength(128, ErrorMessage = "A name has at most 128 characters.")]
    public string? NameUg { get; set; }

    [StringLength(128, ErrorMessage = "A name has at most 128 characters.")]
    public string? NameEn { get; set; }
}
