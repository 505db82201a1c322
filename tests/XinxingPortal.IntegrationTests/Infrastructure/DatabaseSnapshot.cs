using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Platform.Data;

namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>Every row of every table of a tenant, as text, to prove an operation changed nothing.</summary>
internal static class DatabaseSnapshot
{
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
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            snapshot[table] = await ReadRowsAsync(reader);
        }

        await connection.CloseAsync();
        return snapshot;
    }

    private static async Task<List<string>> ReadRowsAsync(DbDataReader reader)
    {
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
