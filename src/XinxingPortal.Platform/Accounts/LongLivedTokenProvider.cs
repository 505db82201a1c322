using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Accounts;

/// <summary>
/// Tokens for invitations and registration confirmations, which people may open a day or two later; password
/// resets and email changes use the default provider and its shorter lifespan.
/// </summary>
internal sealed class LongLivedTokenProvider(
    IDataProtectionProvider protection, IOptions<LongLivedTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<PortalUser>> logger)
    : DataProtectorTokenProvider<PortalUser>(protection, options, logger)
{
    public const string ProviderName = "LongLived";
}

internal sealed class LongLivedTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public LongLivedTokenProviderOptions()
    {
        Name = LongLivedTokenProvider.ProviderName;
        TokenLifespan = TimeSpan.FromDays(3);
    }
}
