using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Organisations;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Identity;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.OpenLab;

/// <summary>
/// A member whose TechTransfer organisation the bureau verified books on its behalf: the form offers only that
/// organisation, the booking keeps its id and name, the manager sees it, and the statistics count the use as 对外服务
/// with the organisation as one user. Someone else's organisation, an unverified one, or any organisation where the
/// register is off is refused at the field and stores nothing.
/// </summary>
public sealed class OnBehalfTests(OpenLabFixture fixture) : IClassFixture<OpenLabFixture>
{
    private const string Slug = "coal-proximate-analyser";
    private const string InstrumentId = "inst-proximate-analyser";
    private const string Refused = "You can book only on behalf of a verified organisation you belong to.";

    [Fact]
    public async Task A_member_books_for_their_verified_organisation_and_it_is_counted_as_external_service_to_one_user()
    {
        var (browser, name) = await fixture.ResearcherAsync();
        var org = await OrganisationAsync(name, VerificationStatus.Verified, "新星测试农业科技有限公司");
        var (insider, insiderName) = await fixture.ResearcherAsync();

        var page = await browser.GetStringAsync($"/en/openlab/instruments/{Slug}/book?week=2026-06-22");
        Assert.Contains("<select id=\"OnBehalfOf\" name=\"OnBehalfOf\"", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{org}\">新星测试农业科技有限公司</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"OnBehalfOf\"", await insider.GetStringAsync($"/en/openlab/instruments/{Slug}/book?week=2026-06-22"), StringComparison.Ordinal);

        // Monday 2026-06-22 and Tuesday, Beijing time; the instrument runs around the clock. Two bookings for the
        // organisation (2 h and 1 h), one by a member of the instrument's own unit (1 h).
        var first = new DateTime(2026, 6, 22, 9, 0, 0);
        var second = new DateTime(2026, 6, 23, 9, 0, 0);
        Assert.Equal(HttpStatusCode.Redirect, (await BookAsync(browser, first, first.AddHours(2), org, "随便填的单位")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BookAsync(browser, second, second.AddHours(1), org)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BookAsync(insider, first.AddHours(4), first.AddHours(5), "", "哈密亿乐焦化有限公司")).StatusCode);
        var mine = (await fixture.BookingsAsync(InstrumentId)).Where(b => b.UserName == name).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, b =>
        {
            Assert.Equal(org, b.OrganisationId);
            Assert.Equal("新星测试农业科技有限公司", b.Organisation);
        });
        var own = Assert.Single(await fixture.BookingsAsync(InstrumentId), b => b.UserName == insiderName);
        Assert.Null(own.OrganisationId);

        var manager = await fixture.SignedInAsync(OpenLabFixture.Manager);
        Assert.Contains("On behalf of 新星测试农业科技有限公司", await manager.GetStringAsync("/en/admin/openlab/bookings"), StringComparison.Ordinal);
        Assert.Contains("On behalf of 新星测试农业科技有限公司", await browser.GetStringAsync("/en/openlab/my"), StringComparison.Ordinal);

        foreach (var b in await fixture.BookingsAsync(InstrumentId))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync("/en/admin/openlab/bookings", $"/en/admin/openlab/bookings/{b.Id}/approve")).StatusCode);
        }

        // The operator enters each use as booked, the day after.
        fixture.Clock.Set(new DateTimeOffset(2026, 6, 24, 2, 0, 0, TimeSpan.Zero));
        foreach (var b in await fixture.BookingsAsync(InstrumentId))
        {
            var used = await manager.PostFormAsync("/en/admin/openlab/bookings?show=past", $"/en/admin/openlab/bookings/{b.Id}/use",
                ("start", OpenLabFixture.Local(b.StartUtc.AddHours(8))), ("end", OpenLabFixture.Local(b.EndUtc.AddHours(8))));
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }

        var stats = await manager.GetStringAsync("/en/admin/openlab/statistics?from=2026-06-01&to=2026-06-30");
        Assert.Contains("Of which organisations", stats, StringComparison.Ordinal);
        var csv = await manager.GetStringAsync("/en/admin/openlab/statistics/export.csv?from=2026-06-01&to=2026-06-30");
        var row = csv.Split('\n').Single(l => l.StartsWith("\"全自动工业分析仪\"", StringComparison.Ordinal));
        // 4 h of work, 3 of them for the organisation (external), 200 yuan an hour, two users: the organisation and the insider.
        Assert.Contains("\"4\",\"3\",\"800.00\",\"2\",", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_or_an_unverified_organisation_is_refused_at_the_field_and_nothing_is_stored()
    {
        var (browser, name) = await fixture.ResearcherAsync();
        var pending = await OrganisationAsync(name, VerificationStatus.Pending, "待审核测试公司");
        var (_, otherName) = await fixture.ResearcherAsync();
        var others = await OrganisationAsync(otherName, VerificationStatus.Verified, "别人的测试公司");

        var form = await browser.GetStringAsync($"/en/openlab/instruments/{Slug}/book?week=2026-06-29");
        Assert.DoesNotContain("name=\"OnBehalfOf\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("待审核测试公司", form, StringComparison.Ordinal);

        var start = new DateTime(2026, 6, 30, 9, 0, 0);
        foreach (var org in new[] { pending, others, "org-does-not-exist" })
        {
            var response = await BookAsync(browser, start, start.AddHours(1), org);
            Assert.Equal((HttpStatusCode)422, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("field-validation-error\" data-valmsg-for=\"OnBehalfOf\"", body, StringComparison.Ordinal);
            Assert.Contains(Refused, body, StringComparison.Ordinal);
        }

        var zh = await browser.PostFormAsync($"/openlab/instruments/{Slug}/book", $"/openlab/instruments/{Slug}/book",
            ("Start", OpenLabFixture.Local(start)), ("End", OpenLabFixture.Local(start.AddHours(1))), ("Purpose", "煤样工业分析"), ("OnBehalfOf", others));
        Assert.Contains("只能代表您所属且已通过认证的机构预约。", await zh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.BookingsAsync(InstrumentId), b => b.UserName == name);
    }

    [Fact]
    public async Task No_organisation_is_offered_where_the_organisations_register_is_off()
    {
        var (_, name) = await fixture.ResearcherAsync();
        var org = await OrganisationAsync(name, VerificationStatus.Verified, "开启功能的测试公司");
        Assert.Equal([new ActingOrganisation(org, "开启功能的测试公司")], await ChoicesAsync("Default", name));

        // The other tenant runs OpenLab without TechTransfer; a verified organisation row there lends no one its name.
        await using (var scope = await fixture.Factory.TenantScopeAsync(OpenLabFixture.OtherTenant))
        {
            var userId = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("foreigner"))!.Id;
            var db = scope.ServiceProvider.GetRequiredService<XinxingPortal.Platform.Data.PortalDbContext>();
            db.Set<Organisation>().Add(NewOrganisation(userId, VerificationStatus.Verified, "关闭功能的测试公司"));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await ChoicesAsync(OpenLabFixture.OtherTenant, "foreigner"));
    }

    /// <summary>What the booking form would offer the user in the tenant.</summary>
    private async Task<IReadOnlyList<ActingOrganisation>> ChoicesAsync(string tenant, string userName)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync(tenant);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        var principal = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, user!.Id)], "test"));
        return await scope.ServiceProvider.GetRequiredService<XinxingPortal.OpenLab.Booking.BookingOrganisations>().ForAsync(principal, CancellationToken.None);
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient browser, DateTime start, DateTime end, string onBehalfOf, string organisation = "") =>
        browser.PostFormAsync($"/en/openlab/instruments/{Slug}/book", $"/en/openlab/instruments/{Slug}/book",
            ("Start", OpenLabFixture.Local(start)), ("End", OpenLabFixture.Local(end)), ("Purpose", "煤样工业分析"), ("SampleCount", "3"),
            ("Project", "测试项目"), ("Organisation", organisation), ("OnBehalfOf", onBehalfOf));

    /// <summary>Registers a TechTransfer organisation for the account, in the given state; returns its id.</summary>
    private async Task<string> OrganisationAsync(string userName, VerificationStatus status, string name)
    {
        await using var scope = await fixture.Factory.TenantScopeAsync("Default");
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        var organisation = NewOrganisation(user!.Id, status, name);
        var db = scope.ServiceProvider.GetRequiredService<XinxingPortal.Platform.Data.PortalDbContext>();
        db.Set<Organisation>().Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private Organisation NewOrganisation(string userId, VerificationStatus status, string name)
    {
        var key = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        return new Organisation
        {
            Id = "org-" + key, UserId = userId, Kind = OrganisationKind.Enterprise, Name = name, CreditCode = ("91659" + key + "000")[..18],
            ContactName = "联系人", ContactMobile = "13900000000", ContactEmail = key + "@org.example", Status = status, CreatedUtc = fixture.Clock.UtcNow,
        };
    }
}
