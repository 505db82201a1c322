using System.Text.Json.Serialization;

namespace XinxingPortal.Platform.Tenants;

[JsonConverter(typeof(JsonStringEnumConverter<DatabaseProvider>))]
internal enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
