using System.Globalization;
using netDumbster.smtp;
using Npgsql;

namespace XinxingPortal.MultiNode.Tests;

/// <summary>
/// Two real web nodes on two ports, sharing what a cluster shares: one Redis, one PostgreSQL (a database per
/// tenant, made by auto-setup), one shared files folder, one SMTP relay. Each node has its own App_Data.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public const string AdminPassword = "MultiNode-Admin-Pass-2026!";
    private readonly string root = Directory.CreateTempSubdirectory("xp-nodes-").FullName;
    private RedisServer? redis;
    private Postgres? postgres;

    internal Node A { get; private set; } = null!;
    internal Node B { get; private set; } = null!;
    internal SimpleSmtpServer Smtp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var starting = Postgres.StartAsync();
        redis = await RedisServer.StartAsync();
        Smtp = SimpleSmtpServer.Start(Ports.Free());
        postgres = await starting;

        // A first: it registers the tenants in the shared folder and sets up the 科普 microsite; B joins a running cluster.
        A = Node.Start("a", Environment("a"));
        await A.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        using (var client = A.Client())
        {
            await Wait.UntilAsync(async () => (await client.GetAsync("/kepu/")).StatusCode == System.Net.HttpStatusCode.OK, TimeSpan.FromMinutes(4), "the kepu tenant was not set up");
        }

        B = Node.Start("b", Environment("b"));
        await B.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        // A joining node builds its own search indexes in its first round (a few seconds after start, so the first
        // pages are not slowed): the tests measure a node that has done so, as a balancer would only then send it work.
        using (var client = B.Client())
        {
            await Wait.UntilAsync(async () => await FoundAsync(client, "/kepu/search.json?q=隐私政策"), TimeSpan.FromMinutes(2), "B never built its search index");
        }
    }

    private static async Task<bool> FoundAsync(HttpClient client, string search)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(search));
        return json.RootElement.GetProperty("total").GetInt32() > 0;
    }

    /// <summary>Everything a node is told, and nothing else: the README's two-node instructions, as variables.</summary>
    internal Dictionary<string, string> Environment(string node) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Portal__Node"] = node,
        ["Portal__AppDataPath"] = Path.Combine(root, "node-" + node),
        ["Portal__SharedFiles"] = Path.Combine(root, "shared"),
        ["Portal__Redis"] = redis!.Configuration,
        ["Portal__BaseUrl"] = "http://127.0.0.1:8080",
        ["Portal__AutoSetup__DatabaseProvider"] = "PostgreSql",
        ["Portal__AutoSetup__ConnectionStringTemplate"] = postgres!.Template,
        ["Portal__AutoSetup__AdminPassword"] = AdminPassword,
        ["Portal__Smtp__Host"] = "127.0.0.1",
        ["Portal__Smtp__Port"] = Smtp.Configuration.Port.ToString(CultureInfo.InvariantCulture),
        ["Portal__RateLimits__PublicFormsPerMinute"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Brings node A back after a test killed it, on a new port, as an operator would restart it.</summary>
    internal async Task RestartAAsync()
    {
        await A.DisposeAsync();
        A = Node.Start("a", Environment("a"));
        await A.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Reads the kepu tenant's database directly, for what no page shows (the mail outbox).</summary>
    internal Task<T> QueryKepuAsync<T>(string sql, Func<NpgsqlDataReader, Task<T>> read) => QueryAsync("kepu", sql, read);

    /// <summary>Reads a tenant's database directly (auto-setup names it xp_ and the tenant's name in lower case).</summary>
    internal async Task<T> QueryAsync<T>(string tenant, string sql, Func<NpgsqlDataReader, Task<T>> read)
    {
        await using var connection = new NpgsqlConnection(postgres!.For(tenant.ToLowerInvariant()));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await read(reader);
    }

    public async Task DisposeAsync()
    {
        foreach (var node in new[] { A, B }.Where(n => n is not null))
        {
            await node.DisposeAsync();
        }

        Smtp?.Dispose();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }

        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodesCollection : ICollectionFixture<TwoNodes>
{
    public const string Name = "two nodes";
}
