using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests.Kernel;

/// <summary>
/// A request that cannot get its database connection answers 503 with Retry-After, not 500: on PostgreSQL a tenant
/// whose pool holds one connection, taken by the test; on SQLite a tenant database the test holds an exclusive lock on. The policy list reads the database on every request.
/// </summary>
public sealed class DatabaseBusyTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task A_request_that_cannot_get_a_database_connection_answers_503_with_retry_after()
    {
        var tenant = factory.NewTenant("busy", "busy") with
        {
            ConnectionString = TestDatabase.IsPostgres
                ? factory.PostgresFor("busy") + ";Maximum Pool Size=1;Timeout=1"
                : new SqliteConnectionStringBuilder { DataSource = Path.Combine(factory.AppData, "busy.db"), DefaultTimeout = 1 }.ToString(),
        };
        if (!TestDatabase.IsPostgres)
        {
            // EF creates a missing file in WAL mode, where readers never wait for a writer; given an empty file it keeps
            // SQLite's rollback journal, where they do.
            await File.WriteAllBytesAsync(Path.Combine(factory.AppData, "busy.db"), []);
        }

        await factory.Services.GetRequiredService<TenantAdministration>()
            .CreateAsync(tenant, new AdminAccount("admin", "busy@xinxing.example", "Busy-Admin-Pass-2026"));
        await using (var scope = await factory.TenantScopeAsync("busy"))
        {
            await scope.ServiceProvider.GetRequiredService<XinxingPortal.Platform.Features.FeatureService>().EnableAsync(["XinxingPortal.Policies"]);
        }

        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/busy/policies")).StatusCode);

        await using (await HoldAsync(tenant.ConnectionString))
        {
            var response = await client.GetAsync("/busy/policies");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("服务器繁忙", page);
            Assert.Contains("The server is busy", page);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/busy/policies")).StatusCode);
    }

    /// <summary>Takes the tenant's only pooled PostgreSQL connection, or an exclusive lock on its SQLite file.</summary>
    private static async Task<IAsyncDisposable> HoldAsync(string connectionString)
    {
        if (TestDatabase.IsPostgres)
        {
            var held = new NpgsqlConnection(connectionString);
            await held.OpenAsync();
            return held;
        }

        var locked = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await locked.OpenAsync();
        await using (var begin = locked.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();
        }

        return locked;
    }

    public void Dispose() => factory.Dispose();
}
