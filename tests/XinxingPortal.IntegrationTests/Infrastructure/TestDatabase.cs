namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>The suite runs on SQLite, or on PostgreSQL when the test script exports a server's connection string.</summary>
internal static class TestDatabase
{
    public static string? PostgresConnection => Environment.GetEnvironmentVariable("XP_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    public static bool IsPostgres => PostgresConnection is not null;
}
