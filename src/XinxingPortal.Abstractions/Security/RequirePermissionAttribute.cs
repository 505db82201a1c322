using Microsoft.AspNetCore.Authorization;

namespace XinxingPortal.Abstractions.Security;

/// <summary>Authorizes by a named permission; the platform maps it to a policy.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PolicyPrefix + permission)
{
    public const string PolicyPrefix = "Permission:";
}
