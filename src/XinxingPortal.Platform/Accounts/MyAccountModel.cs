using XinxingPortal.Abstractions.Accounts;

namespace XinxingPortal.Platform.Accounts;

internal sealed record MyAccountModel(
    string UserName, string DisplayName, string? Email, bool EmailConfirmed, string? Mobile, IReadOnlyList<string> Roles,
    IReadOnlyList<AccountSection> Sections);

internal sealed record DeleteAccountModel(DeleteAccountInput Input, IReadOnlyList<string> Kept, bool LastAdministrator);
