using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Hosting;

/// <summary>
/// Gives each tenant its own antiforgery cookie. Antiforgery reads and writes one configured name, and the
/// Default tenant's cookie (path "/") is also sent to /kepu/, so with one name a 科普 form failed once the portal had
/// been opened in another tab. Here antiforgery sees only this tenant's cookie under its name, and what it sets
/// goes out under the tenant's name.
/// </summary>
internal sealed class TenantAntiforgeryCookie(RequestDelegate next)
{
    public const string Name = "xp.af";

    public Task InvokeAsync(HttpContext http, TenantContext tenant)
    {
        var scoped = Name + "." + tenant.Name;
        http.Features.Set<IRequestCookiesFeature>(new RequestCookiesFeature(new Cookies(http.Request.Cookies, scoped)));
        http.Response.OnStarting(() =>
        {
            var setCookies = http.Response.Headers.SetCookie;
            if (setCookies.Any(c => c?.StartsWith(Name + "=", StringComparison.Ordinal) == true))
            {
                http.Response.Headers.SetCookie = new StringValues(setCookies
                    .Select(c => c?.StartsWith(Name + "=", StringComparison.Ordinal) == true ? scoped + c[Name.Length..] : c).ToArray());
            }

            return Task.CompletedTask;
        });
        return next(http);
    }

    /// <summary>The request's cookies, with this tenant's antiforgery cookie standing in for <see cref="Name"/>.</summary>
    private sealed class Cookies(IRequestCookieCollection inner, string scoped) : IRequestCookieCollection
    {
        public string? this[string key] => TryGetValue(key, out var value) ? value : null;

        public int Count => this.Count();

        public ICollection<string> Keys => [.. this.Select(c => c.Key)];

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            inner.TryGetValue(key == Name ? scoped : key, out value);

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => inner
            .Where(c => c.Key != Name)
            .Select(c => c.Key == scoped ? KeyValuePair.Create(Name, c.Value) : c)
            .GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
