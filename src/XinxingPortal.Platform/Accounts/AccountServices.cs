using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using XinxingPortal.Abstractions.Navigation;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.UserAdmin;

namespace XinxingPortal.Platform.Accounts;

/// <summary>Accounts: invitations, resets, self-registration, "my account" and the user and role admin.</summary>
internal static class AccountServices
{
    /// <summary>How long a password-reset or email-change link works.</summary>
    public static readonly TimeSpan ShortLinkLifespan = TimeSpan.FromHours(2);

    public static void AddAccounts(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<SignInManager<PortalUser>, PortalSignInManager>());
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = ShortLinkLifespan);
        services.Configure<IdentityOptions>(o => o.Tokens.ProviderMap[LongLivedTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(LongLivedTokenProvider)));
        services.AddTransient<LongLivedTokenProvider>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<AccountMail>();
        services.AddScoped<PasswordSetter>();
        services.AddScoped<PersonalData>();
        services.AddScoped<AdminGuard>();
        services.AddScoped<UserDirectory>();
    }

    /// <summary>Registered after the modules', so a module's workspace stays the first account link (the landing page after sign-in).</summary>
    public static void AddAccountLinks(this IServiceCollection services) =>
        services.AddSingleton<INavigationProvider, AccountNavigation>();
}
