using Microsoft.AspNetCore.Http;
using XinxingPortal.Abstractions.Modules;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Features;

/// <summary>The one place a feature switch is checked for endpoints: a disabled feature's endpoints answer 404.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, TenantContext tenant)
    {
        var feature = http.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>();
        if (feature is not null && !tenant.IsFeatureEnabled(feature.FeatureId))
        {
            http.SetEndpoint(null);
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(http);
    }
}
