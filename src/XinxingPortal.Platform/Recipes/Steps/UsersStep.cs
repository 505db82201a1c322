using Microsoft.AspNetCore.Identity;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>
/// Creates users without a password (an administrator sets one, or the user resets it) and makes their
/// roles match the list. Recipes never carry passwords.
/// </summary>
internal sealed class UsersStep(UserManager<PortalUser> users, RoleManager<PortalRole> roles, TimeProvider time) : IRecipeStepHandler
{
    public string StepName => "users";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
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
                user = new PortalUser { UserName = entry.UserName, Email = entry.Email, EmailConfirmed = true, CreatedUtc = time.GetUtcNow().UtcDateTime };
                Check(await users.CreateAsync(user), context, i);
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
    }

    private static void Check(IdentityResult result, RecipeStepContext context, int index)
    {
        if (!result.Succeeded)
        {
            throw context.Error($".users[{index}]", string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed record UserEntry(string UserName, string Email, IReadOnlyList<string>? Roles = null);

    private sealed record Model(IReadOnlyList<UserEntry> Users);
}
