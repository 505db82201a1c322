using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Tenants;
using XinxingPortal.TechTransfer.Data;
using XinxingPortal.TechTransfer.Organisations;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>
/// The Default tenant (the portal, with the market) and a second market tenant, "market2", for cross-tenant checks.
/// Registers organisations through the real join form, as a browser would.
/// </summary>
public sealed class MarketFixture : IAsyncLifetime
{
    public const string Password = "Market-Test-Pass-2026";
    public const string OtherTenant = "market2";

    /// <summary>Valid codes (GB 32100 check character) for tests to hand out, one per registration.</summary>
    private static readonly string[] Codes = CreditCodes.Generate(40);

    private int nextCode;

    public MarketFixture()
    {
        Factory = new PortalFactory { Clock = Clock };
        Factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "1000";
    }

    /// <summary>The host's clock: a fixed morning in Beijing, whatever the wall clock says.</summary>
    public TestClock Clock { get; } = new();

    public PortalFactory Factory { get; }

    public async Task InitializeAsync()
    {
        await Factory.WarmUpAsync();
        await Factory.Services.GetRequiredService<TenantAdministration>().CreateAsync(
            Factory.NewTenant(OtherTenant, OtherTenant), new AdminAccount("admin2", "admin2@xinxing.example", Password));
        await Factory.RunJsonAsync(OtherTenant, """{ "name": "t", "steps": [ { "name": "feature", "enable": ["XinxingPortal.TechTransfer", "XinxingPortal.TechTransfer.Listings", "XinxingPortal.TechTransfer.Challenges", "XinxingPortal.TechTransfer.Threads", "XinxingPortal.TechTransfer.Matching"], "disable": [] } ] }""");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public string NextCode() => Codes[Interlocked.Increment(ref nextCode) % Codes.Length];

    /// <summary>An administrator of Default, who holds every market permission.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        var client = Factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("", "admin", PortalFactory.AdminPassword)).StatusCode);
        return client;
    }

    /// <summary>Registers an organisation through the join form and returns its signed-in browser and id.</summary>
    public async Task<(HttpClient Client, string OrganisationId)> JoinAsync(string prefix = "", bool verified = true, string? tenant = null)
    {
        var client = Factory.Browser();
        var user = "u" + Guid.NewGuid().ToString("N")[..10];
        var response = await client.PostMultipartAsync(prefix + "/techtransfer/join", JoinFields(user, NextCode()), ("Licence", "licence.png", LicencePng));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await WithDbAsync(tenant ?? "Default", async db => (await db.Set<Organisation>().SingleAsync(o => o.ContactEmail == user + "@corp.example")).Id);
        if (verified)
        {
            await WithDbAsync(tenant ?? "Default", async db =>
            {
                (await db.Set<Organisation>().SingleAsync(o => o.Id == id)).Status = VerificationStatus.Verified;
                return await db.SaveChangesAsync();
            });
        }

        return (client, id);
    }

    public static (string, string)[] JoinFields(string user, string code) =>
    [
        ("Kind", "Enterprise"), ("Name", "新星测试科技有限公司 " + user), ("CreditCode", code), ("ContactName", "王工"),
        ("ContactMobile", "13900000000"), ("ContactEmail", user + "@corp.example"), ("UserName", user), ("Password", Password),
        ("ConfirmPassword", Password), ("Consent", "true"),
    ];

    /// <summary>A PNG signature and header: what a phone photo of a licence starts with.</summary>
    public static readonly byte[] LicencePng = Convert.FromBase64String(
        // A whole 1×1 PNG, IEND included: a cut-off file is refused as damaged.
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    internal async Task<T> WithDbAsync<T>(string tenant, Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = await Factory.TenantScopeAsync(tenant);
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>Mail files the dispatcher wrote for a tenant (no SMTP host is configured, so mail goes to .eml files).</summary>
    public async Task<string> MailToAsync(string tenant, string address, string containing)
    {
        var folder = Path.Combine(Factory.AppData, "Sites", tenant, "mail");
        for (var waited = 0; waited < 300; waited++)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var message = await MimeKit.MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address == address) && (message.Subject + message.TextBody).Contains(containing, StringComparison.Ordinal))
                    {
                        return message.Subject + "\n" + message.TextBody;
                    }
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no mail to {address} containing {containing}");
    }
}

internal static class MultipartExtensions
{
    /// <summary>Fetches the form for its antiforgery token, then posts fields and files as multipart/form-data.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(
        this HttpClient client, string url, IEnumerable<(string Key, string Value)> fields, params (string Field, string FileName, byte[] Data)[] files)
    {
        var token = await client.AntiforgeryTokenAsync(url);
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (field, name, data) in files)
        {
            var file = new ByteArrayContent(data);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, field, name);
        }

        return await client.PostAsync(url, content);
    }
}

internal static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Fictional codes with a correct check character: 9165 + a serial, as a Xinjiang enterprise's would look.</summary>
    public static string[] Generate(int count) =>
        [.. Enumerable.Range(0, count).Select(i => WithCheck($"91659004MA7{i:D6}"))];

    public static string WithCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * (int)(Math.Pow(3, i) % 31);
        }

        return first17 + Alphabet[(31 - sum % 31) % 31];
    }
}
