using Microsoft.Extensions.Logging;
using XinxingPortal.Abstractions.Content;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Features;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.Platform.Recipes;

/// <summary>
/// Runs a recipe on the current tenant inside one database transaction, so a failing step leaves the
/// tenant as it was. Work outside the database waits for the commit.
/// </summary>
internal sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    PortalDbContext db,
    CommitActions commits,
    FeatureService features,
    TenantContext tenant,
    TenantStateCache cache,
    RecipeTokens tokens,
    IServiceProvider services,
    ILogger<RecipeExecutor> logger)
{
    private const int MaxDepth = 5;
    private readonly Dictionary<string, IRecipeStepHandler> byName = handlers.ToDictionary(h => h.StepName, StringComparer.Ordinal);

    public async Task RunAsync(RecipeDocument recipe, CancellationToken ct = default)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await RunStepsAsync(recipe, commits.OnCommit, 0, ct);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                cache.Invalidate(tenant.Name);
                throw;
            }

            // The commit runs the steps' after-commit work (CommitActions); a failure there is after the
            // database changes are in, so it is not met with a rollback.
            try
            {
                await transaction.CommitAsync(ct);
            }
            finally
            {
                cache.Invalidate(tenant.Name);
            }
        }

        logger.LogInformation("Recipe {Recipe} ran on tenant {Tenant}", recipe.Name, tenant.Name);
    }

    /// <summary>Runs a sub-recipe inside the transaction of the recipe that names it.</summary>
    internal async Task RunNestedAsync(RecipeDocument recipe, IList<Func<Task>> afterCommit, int depth, CancellationToken ct)
    {
        if (depth > MaxDepth)
        {
            throw new RecipeException(recipe.Name, -1, "$", $"recipes are nested deeper than {MaxDepth} levels");
        }

        await RunStepsAsync(recipe, afterCommit, depth, ct);
    }

    private async Task RunStepsAsync(RecipeDocument recipe, IList<Func<Task>> afterCommit, int depth, CancellationToken ct)
    {
        // Check every step name before running any, so a typo late in a recipe costs nothing.
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var name = (string)recipe.Steps[i]["name"]!;
            if (!byName.ContainsKey(name))
            {
                throw new RecipeException(recipe.Name, i, $"$.steps[{i}].name", $"unknown step '{name}'");
            }
        }

        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = tokens.ExpandStep(recipe.Steps[i], recipe.Variables, recipe.Name, i);
            step.Remove("name");
            var handler = byName[(string)recipe.Steps[i]["name"]!];
            var context = new RecipeStepContext(recipe.Name, i, step, services, afterCommit, depth);
            if (!(await features.GetEnabledAsync(ct)).Contains(handler.FeatureId))
            {
                throw context.Error(".name", $"step '{handler.StepName}' needs feature '{handler.FeatureId}', which is not enabled");
            }

            try
            {
                await handler.ExecuteAsync(context, ct);

                // Steps stage; each is flushed inside the recipe's one transaction, so later steps see its rows.
                await db.SaveChangesAsync(ct);
            }
            catch (Exception ex) when (ex is FeatureStateException or ContentOperationException or TenantException)
            {
                throw context.Error("", ex.Message);
            }
        }
    }
}
