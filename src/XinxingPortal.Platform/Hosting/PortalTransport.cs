using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace XinxingPortal.Platform.Hosting;

/// <summary>
/// How the site sits on the network: the TLS proxy it trusts (<c>Portal:TrustedProxies</c>, addresses or CIDR
/// networks), cookies marked Secure whenever the request is HTTPS, and where data-protection keys live
/// (<c>App_Data/keys</c>, or Redis when <c>Portal:Redis</c> is set; encrypted with <c>Portal:DataProtection:CertificatePath</c> when one is configured).
/// </summary>
internal static class PortalTransport
{
    /// <param name="sharedKeys">Where the nodes share their data-protection keys (Redis), or null for this node's own folder.</param>
    public static void Add(WebApplicationBuilder builder, string appData, Func<IDataProtectionBuilder, IDataProtectionBuilder>? sharedKeys = null)
    {
        var services = builder.Services;
        var proxies = builder.Configuration.GetSection("Portal:TrustedProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the client address and the scheme: the host comes from configuration, never from a header.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });

        services.AddAntiforgery(o =>
        {
            // Renamed per tenant on the wire by TenantAntiforgeryCookie.
            o.Cookie.Name = TenantAntiforgeryCookie.Name;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // MVC leaves the flash-message cookie's Secure flag off by default; over HTTPS every cookie carries it.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        var keys = services.AddDataProtection().SetApplicationName("XinxingPortal");
        keys = sharedKeys is null
            ? keys.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(appData, "keys")))
            : sharedKeys(keys);
        var certificate = builder.Configuration["Portal:DataProtection:CertificatePath"];
        if (certificate is { Length: > 0 })
        {
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                certificate, builder.Configuration["Portal:DataProtection:CertificatePassword"]));
        }
    }

    public static void Use(WebApplication app)
    {
        if (app.Configuration.GetSection("Portal:TrustedProxies").Get<string[]>() is { Length: > 0 })
        {
            app.UseForwardedHeaders();
        }
    }
}
