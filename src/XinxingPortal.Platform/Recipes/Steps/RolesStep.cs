using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Abstractions.Security;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Identity;

namespace XinxingPortal.Platform.Recipes.Steps;

/// <summary>Creates or updates roles so that each holds exactly the permissions listed.</summary>
internal sealed class RolesStep(RoleManager<PortalRole> roles, PermissionCatalog permissions, FeatureService features) : IRecipeStepHandler
{
    public string StepName => "roles";
    public string FeatureId => PlatformFeatures.Core;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var model = context.Read<Model>();
        var available = permissions.Available(await features.GetEnabledAsync(cancellationToken)).Select(p => p.Name).ToHashSet();
        for (var i = 0; i < model.Roles.Count; i++)
        {
            var entry = model.Roles[i];
            var granted = entry.Permissions ?? [];
            for (var j = 0; j < granted.Count; j++)
            {
                if (!available.Contains(granted[j]))
                {
                    throw context.Error($".roles[{i}].permissions[{j}]", $"unknown permission '{granted[j]}' (or its feature is not enabled)");
                }
            }

            await RoleWriter.UpsertAsync(roles, entry.Name, entry.Description ?? "", granted, m => context.Error($".roles[{i}]", m));
        }
    }

    private sealed record RoleEntry(string Name, string? Description = null, IReadOnlyList<string>? Permissions = null);

    private sealed record Model(IReadOnlyList<RoleEntry> Roles);
}

/// <summary>Writes a role and its permission claims, touching nothing that is already as asked.</summary>
internal static class RoleWriter
{
    public static async Task UpsertAsync(RoleManager<PortalRole> roles, string name, string description, IReadOnlyCollection<string> permissions, Func<string, Exception> fail)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new PortalRole { Name = name, Description = description };
            Check(await roles.CreateAsync(role), fail);
        }
        else if (role.Description != description)
        {
            role.Description = description;
            Check(await roles.UpdateAsync(role), fail);
        }

        var claims = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PortalClaims.Permission).ToList();
        foreach (var stale in claims.Where(c => !permissions.Contains(c.Value)))
        {
            Check(await roles.RemoveClaimAsync(role, stale), fail);
        }

        foreach (var missing in permissions.Where(p => claims.All(c => c.Value != p)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(PortalClaims.Permission, missing)), fail);
        }
    }

    private static void Check(IdentityResult result, Func<string, Exception> fail)
    {
        if (!result.Succeeded)
        {
            throw fail(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
