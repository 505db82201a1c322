using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Identity;

/// <summary>
/// Gives each tenant its own cookie name: a prefix tenant shares the host with Default, and the browser
/// would otherwise send both tenants' cookies under one name.
/// </summary>
internal sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, Scoped(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        inner.AppendResponseCookie(context, Scoped(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        inner.DeleteCookie(context, Scoped(context, key), options);

    private static string Scoped(HttpContext context, string key) =>
        key + "." + context.RequestServices.GetRequiredService<TenantContext>().CurrentTenantName;
}
