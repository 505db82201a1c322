using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Workflow;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Pages.Data;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>A portal with the feed probe's consumer and handler, reading the feed every 200 ms.</summary>
public sealed class ChangeFeedHost : IDisposable
{
    private readonly PortalFactory portal = new();

    public ChangeFeedHost()
    {
        portal.Settings["Portal:ChangeFeed:Round"] = "00:00:00.2";
        Host = portal.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton(Probe);
            services.AddScoped<IChangeFeedConsumer, TracingConsumer>();
            services.AddScoped<IChangeFeedConsumer, ReadingConsumer>();
            services.AddScoped<IWorkflowHandler<Page>, FailingPageHandler>();
        }));
        Host.CreateClient().GetAsync("/").GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    public FeedProbe Probe { get; } = new();
    public WebApplicationFactory<Program> Host { get; }

    internal async Task<AsyncServiceScope> ScopeAsync()
    {
        var settings = Host.Services.GetRequiredService<TenantSettingsStore>().Find("Default")!;
        return await Host.Services.GetRequiredService<TenantScopeFactory>().CreateAsync(settings);
    }

    public void Dispose()
    {
        Host.Dispose();
        portal.Dispose();
    }
}
