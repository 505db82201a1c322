namespace XinxingPortal.TechTransfer.Recipes;

/// <summary>
/// Reads an enum by its exact name (any case). Enum.TryParse would also take numbers and comma lists
/// ("1", "Enterprise, Institution"), which a recipe author never means.
/// </summary>
internal static class EnumNames
{
    public static bool TryRead<T>(string text, out T value) where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }
}
