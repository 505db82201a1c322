using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Every row of every table of a tenant, as text, to prove an operation changed nothing, less what background
/// consumers own: they move on their own after an earlier step's commit, and a request that stores nothing must
/// not be blamed for them.
/// </summary>
internal static class DatabaseSnapshot
{
    /// <summary>
    /// The columns background consumers update, by table: the mail dispatcher's delivery state of the outbox (the
    /// messages themselves still count). A consumer's cursor table belongs here whole, with no columns listed
    /// (e.g. the change feed's <c>Platform_ChangeFeedCursors</c>, once it exists).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> OwnedByBackgroundConsumers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Platform_Outbox"] = ["Status", "Attempts", "NextAttemptUtc", "SentUtc", "LastError"],
        ["Platform_ChangeFeedCursors"] = [],
        ["Platform_ChangeFeedParked"] = [],
    };

    /// <summary>The tables whose rows differ between two snapshots, with the rows added and removed.</summary>
    public static List<string> Differences(SortedDictionary<string, List<string>> before, SortedDictionary<string, List<string>> after) =>
        [.. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(table => (table, old: before.GetValueOrDefault(table) ?? [], now: after.GetValueOrDefault(table) ?? []))
            .Where(t => !t.old.SequenceEqual(t.now))
            .Select(t => $"{t.table}: +[{string.Join("; ", t.now.Except(t.old))}] -[{string.Join("; ", t.old.Except(t.now))}]")];

    public static async Task<SortedDictionary<string, List<string>>> TakeAsync(PortalFactory factory, string tenant)
    {
        await using var scope = await factory.TenantScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var snapshot = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var ignored = OwnedByBackgroundConsumers.GetValueOrDefault(table);
            if (ignored is { Length: 0 })
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            snapshot[table] = await ReadRowsAsync(reader, ignored ?? []);
        }

        await connection.CloseAsync();
        return snapshot;
    }

    private static async Task<List<string>> ReadRowsAsync(DbDataReader reader, string[] ignored)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Where(i => !ignored.Contains(reader.GetName(i), StringComparer.Ordinal)).ToList();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", columns.Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
