using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace XinxingPortal.Platform.Localization;

/// <summary>
/// Loads and caches one <see cref="PoCatalog"/> per tenant and culture. Each catalog merges, later
/// overriding earlier: module assemblies' embedded <c>*.Localization.{culture}.po</c> resources,
/// <c>{appBaseDirectory}/Localization/{culture}.po</c>, then <c>{appDataPath}/Sites/{tenant}/Localization/{culture}.po</c>.
/// </summary>
internal sealed class PoTranslationStore(IEnumerable<Assembly> assemblies, string appBaseDirectory, string appDataPath)
{
    private readonly Assembly[] assemblies = [.. assemblies ?? throw new ArgumentNullException(nameof(assemblies))];
    private readonly string appBaseDirectory = appBaseDirectory ?? throw new ArgumentNullException(nameof(appBaseDirectory));
    private readonly string appDataPath = appDataPath ?? throw new ArgumentNullException(nameof(appDataPath));
    private readonly ConcurrentDictionary<(string Tenant, string Culture), Lazy<PoCatalog?>> catalogs = new();

    /// <summary>
    /// Returns the catalog of <paramref name="culture"/> (a name such as "zh-CN") for <paramref name="tenant"/>,
    /// or null when no source has a file for that culture.
    /// </summary>
    /// <exception cref="FormatException">One of the files is not a valid .po file.</exception>
    public PoCatalog? Get(string tenant, string culture)
    {
        ValidateName(tenant, nameof(tenant));
        ArgumentNullException.ThrowIfNull(culture);
        if (culture.Length == 0)
        {
            return null;
        }

        ValidateName(culture, nameof(culture));
        var key = (tenant, culture);
        var lazy = catalogs.GetOrAdd(key, k => new Lazy<PoCatalog?>(() => Load(k.Tenant, k.Culture)));
        try
        {
            return lazy.Value;
        }
        catch (Exception)
        {
            // Lazy would cache the failure forever; dropping it lets a corrected file load on the next request.
            catalogs.TryRemove(new KeyValuePair<(string, string), Lazy<PoCatalog?>>(key, lazy));
            throw;
        }
    }

    /// <summary>Forgets every cached catalog of <paramref name="tenant"/> so the next lookup reads the files again.</summary>
    public void Invalidate(string tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        foreach (var key in catalogs.Keys)
        {
            if (string.Equals(key.Tenant, tenant, StringComparison.Ordinal))
            {
                catalogs.TryRemove(key, out _);
            }
        }
    }

    private PoCatalog? Load(string tenant, string culture)
    {
        var catalog = new PoCatalog(culture);
        var found = false;
        var suffix = $".Localization.{culture}.po";
        foreach (var assembly in assemblies)
        {
            // Sorted so that two resources of one assembly always merge in the same order.
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name);
                if (stream is not null)
                {
                    using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    Merge(catalog, reader.ReadToEnd(), $"{assembly.GetName().Name}:{name}");
                    found = true;
                }
            }
        }

        found |= MergeFile(catalog, Path.Combine(appBaseDirectory, "Localization", culture + ".po"));
        found |= MergeFile(catalog, Path.Combine(appDataPath, "Sites", tenant, "Localization", culture + ".po"));
        return found ? catalog : null;
    }

    private static bool MergeFile(PoCatalog catalog, string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        Merge(catalog, File.ReadAllText(path, Encoding.UTF8), path);
        return true;
    }

    private static void Merge(PoCatalog catalog, string text, string source)
    {
        try
        {
            catalog.Merge(PoFileParser.Parse(text));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>Both names become path segments, so anything that could step outside the folder is refused.</summary>
    private static void ValidateName(string name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameterName);
        if (name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\'))
        {
            throw new ArgumentException($"'{name}' is not a valid {parameterName} name.", parameterName);
        }
    }
}
