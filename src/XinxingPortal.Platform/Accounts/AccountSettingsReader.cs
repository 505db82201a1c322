using XinxingPortal.Abstractions.Settings;

namespace XinxingPortal.Platform.Accounts;

internal static class AccountSettingsReader
{
    public static async Task<AccountSettings> GetAccountSettingsAsync(this ISiteSettingsStore store, CancellationToken ct = default) =>
        await store.GetModuleSettingsAsync<AccountSettings>(AccountSettings.Key, ct) ?? new AccountSettings();
}
