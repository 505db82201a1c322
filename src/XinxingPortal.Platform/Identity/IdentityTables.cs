using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace XinxingPortal.Platform.Identity;

/// <summary>Identity's tables, renamed to carry the platform prefix like every other table.</summary>
internal static class IdentityTables
{
    public static void Rename(ModelBuilder builder)
    {
        builder.Entity<PortalUser>().ToTable("Platform_Users");
        builder.Entity<PortalRole>().ToTable("Platform_Roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("Platform_UserRoles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("Platform_UserClaims");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("Platform_RoleClaims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("Platform_UserLogins");
        builder.Entity<IdentityUserToken<string>>().ToTable("Platform_UserTokens");
    }
}
