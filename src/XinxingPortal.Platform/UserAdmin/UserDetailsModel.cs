using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.UserAdmin;

internal sealed record UserDetailsModel(PortalUser User, IReadOnlyList<string> Roles, IReadOnlyList<string> AllRoles);

internal sealed record InviteModel(InviteInput Input, IReadOnlyList<string> AllRoles, IReadOnlyList<string> Cultures);

internal sealed record UserListModel(UserListQuery Query, UserPage Page, IReadOnlyList<string> AllRoles);
