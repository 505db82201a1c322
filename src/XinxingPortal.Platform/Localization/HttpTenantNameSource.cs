using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Localization;

/// <summary>The tenant of the request in flight, for singletons such as the localizer factory.</summary>
internal sealed class HttpTenantNameSource(IHttpContextAccessor http) : ITenantNameSource
{
    public string CurrentTenantName =>
        http.HttpContext?.RequestServices.GetService<TenantContext>()?.CurrentTenantName ?? TenantSettings.DefaultName;
}
