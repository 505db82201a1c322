using System.Globalization;
using System.Net;
using System.Net.Sockets;
using netDumbster.smtp;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Outreach;

/// <summary>The kepu microsite with a real SMTP sink on loopback, and events whose registration is open now.</summary>
public sealed class OutreachFixture : IAsyncLifetime
{
    public const string Organiser = "organiser";
    public const string Password = "Outreach-Test-Pass-2026";

    public OutreachFixture()
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
        await Factory.WarmUpAsync("/kepu");
        await Factory.CreateAsync("kepu", Organiser, Password, "Editor");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Smtp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Adds an event (and its venue) whose registration window is open now; returns its slug.</summary>
    public async Task<string> EventAsync(int capacity, DateTime? opens = null, DateTime? closes = null)
    {
        var slug = "e-" + Guid.NewGuid().ToString("N")[..10];
        var now = Clock.BeijingNow;
        string Local(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        await Factory.RunJsonAsync("kepu", $$"""
            { "name": "test-event", "steps": [ { "name": "events", "events": [ {
              "contentItemId": "{{slug}}", "culture": "zh-CN", "slug": "{{slug}}", "title": "测试活动 {{slug}}", "venue": "venue-nky-labs",
              "start": "{{Local(now.AddDays(3))}}", "end": "{{Local(now.AddDays(3).AddHours(2))}}", "capacity": {{capacity}},
              "registrationOpens": "{{Local(opens ?? now.AddDays(-1))}}", "registrationCloses": "{{Local(closes ?? now.AddDays(2))}}",
              "audience": "公众", "description": "测试" } ] } ] }
            """);
        await SetOwnerAsync(slug);
        return slug;
    }

    /// <summary>Mail to one address, waiting for the dispatcher (it sends right after the commit).</summary>
    public Task<IReadOnlyList<SmtpMessage>> MailToAsync(string address, int count = 1) => Smtp.MailToAsync(address, count);

    private async Task SetOwnerAsync(string slug)
    {
        await using var scope = await Factory.TenantScopeAsync("kepu");
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<XinxingPortal.Platform.Data.PortalDbContext>(scope.ServiceProvider);
        foreach (var e in db.Set<XinxingPortal.Outreach.Data.OutreachEvent>().Where(e => e.ContentItemId == slug))
        {
            e.Owner = Organiser;
        }

        await db.SaveChangesAsync();
    }

}
