using XinxingPortal.Abstractions.Workflow;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Email;
using XinxingPortal.Platform.Identity;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Listings;
using XinxingPortal.TechTransfer.Moderation;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>An organisation on the market as a test sees it: its id, its contact address and, if any, its account.</summary>
internal sealed record MarketParty(string OrganisationId, string Name, string ContactEmail, string? UserName);

/// <summary>The portal with TechTransfer on (Default tenant), the kepu microsite, and a real SMTP sink on loopback.</summary>
public sealed class ThreadFixture : IAsyncLifetime
{
    public const string Password = "Market-Test-Pass-2026";

    public ThreadFixture()
    {
        Factory = new PortalFactory { Clock = Clock };
        Smtp = SmtpSink.StartFor(Factory);
        Factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "1000";
    }

    /// <summary>The host's clock: a fixed morning in Beijing, whatever the wall clock says.</summary>
    public TestClock Clock { get; } = new();

    public PortalFactory Factory { get; }
    public SimpleSmtpServer Smtp { get; }

    public async Task InitializeAsync()
    {
        await Factory.WarmUpAsync();
        await Factory.WarmUpAsync("/kepu");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>An organisation with an account of its own (UserId set), in the given verification state.</summary>
    internal async Task<MarketParty> OrganisationAsync(VerificationStatus status, string? name = null)
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var userName = "org-" + key;
        await using var scope = await Factory.TenantScopeAsync("Default");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = userName, Email = userName + "@users.example" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        return await AddOrganisationAsync(scope, key, status, name, user.Id, userName);
    }

    /// <summary>An organisation a recipe seeded: no account, only a contact address.</summary>
    internal async Task<MarketParty> SeededOrganisationAsync()
    {
        await using var scope = await Factory.TenantScopeAsync("Default");
        return await AddOrganisationAsync(scope, Guid.NewGuid().ToString("N")[..8], VerificationStatus.Verified, null, null, null);
    }

    internal async Task<string> OutcomeAsync(MarketParty owner, ReviewState status = ReviewState.Published)
    {
        var id = "o-" + Guid.NewGuid().ToString("N")[..10];
        await WithDbAsync(db => db.Set<Outcome>().Add(new Outcome
        {
            Id = id, OrganisationId = owner.OrganisationId, Status = status, Title = "棉秆生物质颗粒燃料技术 " + id, Field = TechField.NewEnergy,
            Trl = 6, Modes = CooperationModes.Transfer, Summary = "测试成果", Holder = owner.Name, CreatedUtc = Clock.UtcNow, UpdatedUtc = Clock.UtcNow,
        }));
        return id;
    }

    internal async Task<string> DemandAsync(MarketParty owner, DateOnly validUntil, ReviewState status = ReviewState.Published)
    {
        var id = "d-" + Guid.NewGuid().ToString("N")[..10];
        await WithDbAsync(db => db.Set<Demand>().Add(new Demand
        {
            Id = id, OrganisationId = owner.OrganisationId, Status = status, Title = "滴灌带回收再利用技术需求 " + id, Field = TechField.Ecology,
            Type = DemandType.Research, Description = "测试需求", ValidUntil = validUntil, CreatedUtc = Clock.UtcNow, UpdatedUtc = Clock.UtcNow,
        }));
        return id;
    }

    /// <summary>A browser signed in as the party's account (or any user name on a tenant prefix).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string prefix = "", string password = Password)
    {
        var client = Factory.Browser();
        var login = await client.LoginAsync(prefix, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    internal Task<HttpClient> SignedInAsync(MarketParty party) => SignedInAsync(party.UserName!);

    internal async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = await Factory.TenantScopeAsync("Default");
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>What the portal queued for an address, as stored (plain text, before any transfer encoding).</summary>
    internal Task<List<OutboxMessage>> OutboxToAsync(string address) =>
        QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == address).OrderBy(m => m.Id).ToListAsync());

    /// <summary>Mail that actually reached the SMTP sink for one address, waiting for the dispatcher.</summary>
    public Task<IReadOnlyList<SmtpMessage>> DeliveredToAsync(string address, int count = 1) => Smtp.MailToAsync(address, count);

    private async Task WithDbAsync(Action<PortalDbContext> change)
    {
        await using var scope = await Factory.TenantScopeAsync("Default");
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    private async Task<MarketParty> AddOrganisationAsync(AsyncServiceScope scope, string key, VerificationStatus status, string? name, string? userId, string? userName)
    {
        var organisation = new Organisation
        {
            Id = "org-" + key, UserId = userId, Kind = OrganisationKind.Enterprise, Name = name ?? "新星测试企业 " + key,
            CreditCode = ("91659" + key + "0000000").ToUpperInvariant()[..18], ContactName = "联系人" + key, ContactMobile = "13900000000",
            ContactEmail = "contact-" + key + "@org.example", Status = status, CreatedUtc = Clock.UtcNow,
        };
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Set<Organisation>().Add(organisation);
        await db.SaveChangesAsync();
        return new MarketParty(organisation.Id, organisation.Name, organisation.ContactEmail, userName);
    }

}
