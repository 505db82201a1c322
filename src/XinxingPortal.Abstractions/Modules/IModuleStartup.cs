using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace XinxingPortal.Abstractions.Modules;

/// <summary>
/// A module's entry point. Services are registered once for the whole process:
/// tenants are data, so features gate behaviour at run time instead of per-tenant containers.
/// </summary>
public interface IModuleStartup
{
    void ConfigureServices(IServiceCollection services);

    /// <summary>Maps minimal endpoints. The group already carries the module's feature metadata.</summary>
    void MapRoutes(IEndpointRouteBuilder routes) { }
}
