using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Identity;

/// <summary>
/// Protects the sign-in cookie with a purpose of its tenant's own, so one tenant's cookie is unreadable to another
/// before any claim is looked at (the tenant claim check stays as a second lock).
/// </summary>
internal sealed class TenantTicketFormat(IDataProtectionProvider protection, IHttpContextAccessor http) : ISecureDataFormat<AuthenticationTicket>
{
    internal const string Purpose = "XinxingPortal.SignIn";

    public string Protect(AuthenticationTicket data) => Format().Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => Format().Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Format().Unprotect(protectedText);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose) => Format().Unprotect(protectedText, purpose);

    internal static TicketDataFormat For(IDataProtectionProvider protection, string tenant) =>
        new(protection.CreateProtector(Purpose, tenant));

    private TicketDataFormat Format()
    {
        var tenant = http.HttpContext?.RequestServices.GetService<TenantContext>();
        return For(protection, tenant is { IsBound: true } ? tenant.Name : "");
    }
}
