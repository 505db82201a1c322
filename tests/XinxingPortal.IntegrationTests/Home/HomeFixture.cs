using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Home;

/// <summary>
/// Both tenants from the shipped recipes on a clock in the week of the microsite's first seeded event
/// (Thursday 2026-12-10, 10:00 Beijing), with an editor and a reviewer for the notice workflow.
/// </summary>
public sealed class HomeFixture : IAsyncLifetime
{
    public const string Password = "Home-Test-Pass-2026";

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 12, 10, 2, 0, 0, TimeSpan.Zero));

    public PortalFactory Factory { get; }

    public HomeFixture() => Factory = new PortalFactory { Clock = Clock };

    public async Task InitializeAsync()
    {
        try
        {
            await Factory.WarmUpAsync();
            await Factory.WarmUpAsync("/kepu");
        }
        catch (HttpRequestException ex)
        {
            throw new InvalidOperationException(string.Join("\n", Factory.Logs.Messages.TakeLast(10)), ex);
        }
        await Factory.CreateAsync("Default", "writer", Password, "Editor", "Reviewer");
        await Factory.CreateAsync("Default", "checker", Password, "Reviewer");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> AsAsync(string user, string password = Password)
    {
        var client = Factory.Browser();
        var response = await client.LoginAsync("", user, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpClient> AdminAsync() => AsAsync("admin", PortalFactory.AdminPassword);
}
