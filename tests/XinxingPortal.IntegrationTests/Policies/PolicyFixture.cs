using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Policies;

/// <summary>A portal with the seeded documents, an editor and two reviewers. Roles come from the portal recipe.</summary>
public sealed class PolicyFixture : IAsyncLifetime
{
    public const string Password = "Policy-Test-Pass-2026";

    public PortalFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.WarmUpAsync();
        await Factory.CreateAsync("Default", "writer", Password, "Editor", "Reviewer");
        await Factory.CreateAsync("Default", "checker", Password, "Reviewer");
        await Factory.CreateAsync("Default", "checker2", Password, "Reviewer");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> AsAsync(string user)
    {
        var client = Factory.Browser();
        var response = await client.LoginAsync("", user, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
