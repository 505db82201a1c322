using Microsoft.EntityFrameworkCore;

namespace XinxingPortal.IntegrationTests;

public sealed class ModelTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new XinxingPortal.Data.Sqlite.DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/XinxingPortal.Data.Sqlite");
    }

    [Fact]
    public void The_PostgreSql_migrations_match_the_model()
    {
        using var db = new XinxingPortal.Data.PostgreSql.DesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/XinxingPortal.Data.PostgreSql");
    }
}
