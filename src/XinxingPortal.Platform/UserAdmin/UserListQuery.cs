namespace XinxingPortal.Platform.UserAdmin;

/// <summary>The user list's search box, filters and page, as they arrive in the query string.</summary>
internal sealed record UserListQuery(string? Q = null, string? Role = null, string? State = null, int Page = 1)
{
    public const int PageSize = 20;
}
