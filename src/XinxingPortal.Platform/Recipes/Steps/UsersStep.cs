using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Settings;
using XinxingPortal.Platform.Accounts;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Settings;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>
/// Creates users without a password and makes their roles match the list. Recipes never carry passwords: with
/// <c>"invite": true</c> a new user is mailed an invitation to set one; otherwise an administrator sends it from the user admin.
/// </summary>
internal sealed class UsersStep(
    UserManager<PortalUser> users, RoleManager<PortalRole> roles, TimeProvider time, AccountMail mail, SiteSettingsStore settings,
    IHttpContextAccessor http, ILogger<UsersStep> logger) : IRecipeStepHandler
{
    public string StepName => "users";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var site = await settings.GetAsync(cancellationToken);
        var invited = new List<PortalUser>();
        for (var i = 0; i < model.Users.Count; i++)
        {
            var entry = model.Users[i];
            var wanted = entry.Roles ?? [];
            for (var j = 0; j < wanted.Count; j++)
            {
                if (!await roles.RoleExistsAsync(wanted[j]))
                {
                    throw context.Error($".users[{i}].roles[{j}]", $"unknown role '{wanted[j]}'");
                }
            }

            var user = await users.FindByNameAsync(entry.UserName);
            if (user is null)
            {
                if (entry.Culture is { } culture && !site.Cultures.Contains(culture))
                {
                    throw context.Error($".users[{i}].culture", $"'{culture}' is not one of the site's cultures ({string.Join(", ", site.Cultures)})");
                }

                user = new PortalUser
                {
                    UserName = entry.UserName, Email = entry.Email, DisplayName = entry.DisplayName ?? "", Culture = entry.Culture ?? site.DefaultCulture,
                    State = AccountState.Invited, CreatedUtc = time.GetUtcNow().UtcDateTime,
                };
                Check(await users.CreateAsync(user), context, i);
                if (entry.Invite)
                {
                    invited.Add(user);
                }
            }
            else if (user.Email != entry.Email)
            {
                Check(await users.SetEmailAsync(user, entry.Email), context, i);
            }

            var current = await users.GetRolesAsync(user);
            var add = wanted.Except(current).ToList();
            var remove = current.Except(wanted).ToList();
            if (add.Count > 0)
            {
                Check(await users.AddToRolesAsync(user, add), context, i);
            }

            if (remove.Count > 0)
            {
                Check(await users.RemoveFromRolesAsync(user, remove), context, i);
            }
        }

        await InviteAsync(invited, site);
    }

    /// <summary>
    /// Only users this run created are invited, so running the recipe again sends nothing. Setup runs before the request's
    /// culture is chosen, so the links are built in the site's default culture under the tenant's base path; from the
    /// command line there is no request to take the origin from, and the invitations wait for an administrator.
    /// </summary>
    private async Task InviteAsync(IReadOnlyList<PortalUser> invited, SiteSettings site)
    {
        if (invited.Count == 0)
        {
            return;
        }

        if (http.HttpContext is not { } request)
        {
            logger.LogWarning("Invitations for {Users} wait: no request to build their links from; send them from /admin/users", string.Join(", ", invited.Select(u => u.UserName)));
            return;
        }

        using var _ = RecipeRequestCulture.Ensure(request, site);
        foreach (var user in invited)
        {
            await mail.InvitationAsync(user);
        }
    }

    private static void Check(IdentityResult result, RecipeStepContext context, int index)
    {
        if (!result.Succeeded)
        {
            throw context.Error($".users[{index}]", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed record UserEntry(
        string UserName, string Email, IReadOnlyList<string>? Roles = null, bool Invite = false, string? DisplayName = null, string? Culture = null);

    private sealed record Model(IReadOnlyList<UserEntry> Users);
}
