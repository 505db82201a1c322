using Microsoft.AspNetCore.Authorization;

namespace XinxingPortal.Platform.Identity;

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
