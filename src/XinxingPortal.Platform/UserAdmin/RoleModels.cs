using XinxingPortal.Abstractions.Security;

namespace XinxingPortal.Platform.UserAdmin;

/// <summary>The permissions of one enabled feature, as the role editor groups them.</summary>
internal sealed record PermissionGroup(string FeatureName, IReadOnlyList<Permission> Permissions);

internal sealed record RoleEditModel(string? Id, RoleInput Input, IReadOnlyList<PermissionGroup> Groups, bool BuiltIn, int Holders);

internal sealed record RoleRow(string Id, string Name, string Description, int Permissions, int Holders);
