using Microsoft.EntityFrameworkCore;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.UserAdmin;

internal sealed record UserRow(string Id, string UserName, string DisplayName, string? Email, AccountState State, DateTime? LastSignInUtc, IReadOnlyList<string> Roles);

internal sealed record UserPage(IReadOnlyList<UserRow> Rows, int Total, int Page, int Pages);

/// <summary>Reads the user list in two queries (users, then their roles), whatever the page size.</summary>
internal sealed class UserDirectory(PortalDbContext db)
{
    public async Task<UserPage> FindAsync(UserListQuery query, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking();
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            var upper = q.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.NormalizedEmail!.Contains(upper) || u.DisplayName.Contains(q));
        }

        if (Enum.TryParse<AccountState>(query.State, ignoreCase: true, out var state))
        {
            users = users.Where(u => u.State == state);
        }

        if (query.Role is { Length: > 0 } role)
        {
            var roleIds = db.Roles.Where(r => r.Name == role).Select(r => r.Id);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }

        var total = await users.CountAsync(ct);
        var pages = Math.Max(1, (total + UserListQuery.PageSize - 1) / UserListQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var found = await users.OrderBy(u => u.NormalizedUserName).Skip((page - 1) * UserListQuery.PageSize).Take(UserListQuery.PageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Email, u.State, u.LastSignInUtc }).ToListAsync(ct);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var rows = found.Select(u => new UserRow(u.Id, u.UserName!, u.DisplayName, u.Email, u.State, u.LastSignInUtc,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)])).ToList();
        return new UserPage(rows, total, page, pages);
    }
}
