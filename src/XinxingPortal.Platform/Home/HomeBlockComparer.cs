using System.Text.Json;

namespace XinxingPortal.Platform.Home;

/// <summary>Blocks compared by their JSON, lists included, so a recipe run twice saves no new version.</summary>
internal sealed class HomeBlockComparer : IEqualityComparer<HomeBlock>
{
    public static readonly HomeBlockComparer Instance = new();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Equals(HomeBlock? x, HomeBlock? y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json);

    public int GetHashCode(HomeBlock obj) => JsonSerializer.Serialize(obj, Json).GetHashCode(StringComparison.Ordinal);
}
