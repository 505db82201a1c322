using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Changes;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.Platform.Changes;
using XinxingPortal.Platform.Identity;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.Platform.Data;

/// <summary>
/// One context per request on the current tenant's database. Every tenant database holds the full
/// schema; modules add their entities through <see cref="IEntityTypeConfiguration{T}"/> classes.
/// Every save runs the content handlers and appends the change feed in the same transaction as the change.
/// </summary>
internal sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, ModuleCatalog catalog, IServiceProvider? services = null)
    : IdentityDbContext<PortalUser, PortalRole, string>(options), IPortalDb
{
    private bool recording;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTables.Rename(builder);
        foreach (var module in catalog.Modules)
        {
            EntityConfigurations.Apply(builder, module.Assembly);
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (services is not null && !recording)
        {
            recording = true;
            try
            {
                await RecordChangesAsync(cancellationToken);
            }
            finally
            {
                recording = false;
            }
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save asynchronously, so content handlers and the change feed run.");

    private async Task RecordChangesAsync(CancellationToken ct)
    {
        var changes = ChangeRecorder.Collect(ChangeTracker);
        if (changes.Count == 0)
        {
            return;
        }

        foreach (var handler in services!.GetServices<IContentHandler>())
        {
            await handler.HandleAsync(changes, ct);
        }

        var now = services!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var change in changes)
        {
            Set<ChangeLogRecord>().Add(new ChangeLogRecord
            {
                ContentType = change.ContentType, ItemId = change.ItemId, Culture = change.Culture, Kind = change.Kind, AtUtc = now,
            });
        }

        var signal = services!.GetRequiredService<ChangeFeedSignal>();
        var tenant = services!.GetRequiredService<Tenants.TenantContext>().Name;
        services!.GetRequiredService<CommitActions>().Add(() => signal.NotifyAsync(tenant), static () => { });
    }
}
