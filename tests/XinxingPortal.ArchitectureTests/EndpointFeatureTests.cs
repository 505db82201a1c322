using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.ArchitectureTests;

public sealed class EndpointFeatureTests : IDisposable
{
    private readonly string appData = Directory.CreateTempSubdirectory("xp-arch-").FullName;
    private readonly WebApplicationFactory<Program> factory;

    public EndpointFeatureTests() =>
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Portal:AppDataPath", appData));

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(appData, recursive: true);
    }

    [Fact]
    public void Every_module_endpoint_carries_a_feature_that_exists()
    {
        var catalog = factory.Services.GetRequiredService<ModuleCatalog>();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var checkedCount = 0;
        foreach (var endpoint in endpoints)
        {
            var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
            if (action is null || catalog.ModuleOf(action.ControllerTypeInfo.Assembly) is null)
            {
                continue;
            }

            var feature = endpoint.Metadata.GetMetadata<FeatureMetadata>();
            Assert.True(feature is not null, $"{endpoint.RoutePattern.RawText} has no feature");
            Assert.NotNull(catalog.Features.Find(feature.FeatureId));
            checkedCount++;
        }

        Assert.True(checkedCount > 10, $"only {checkedCount} module endpoints were found");
    }

    [Fact]
    public void Pages_endpoints_carry_the_Pages_feature()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var pages = endpoints.Where(e => e.RoutePattern.RawText?.Contains("pages", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, e => Assert.Equal("XinxingPortal.Pages", e.Metadata.GetMetadata<FeatureMetadata>()?.FeatureId));
    }
}
