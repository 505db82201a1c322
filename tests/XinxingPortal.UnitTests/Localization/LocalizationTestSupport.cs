using System.Globalization;
using System.Reflection;
using System.Text;
using XinxingPortal.Platform.Localization;

namespace XinxingPortal.UnitTests.Localization;

/// <summary>A temporary app base directory and app data folder, deleted on dispose.</summary>
internal sealed class PoTestFolders : IDisposable
{
    public PoTestFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "xinxing-po-" + Guid.NewGuid().ToString("N"));
        AppBase = Path.Combine(Root, "app");
        AppData = Path.Combine(Root, "App_Data");
        Directory.CreateDirectory(AppBase);
        Directory.CreateDirectory(AppData);
    }

    public string Root { get; }

    public string AppBase { get; }

    public string AppData { get; }

    public string WriteAppFile(string culture, string text) =>
        Write(Path.Combine(AppBase, "Localization", culture + ".po"), text);

    public string WriteTenantFile(string tenant, string culture, string text) =>
        Write(Path.Combine(AppData, "Sites", tenant, "Localization", culture + ".po"), text);

    public PoTranslationStore CreateStore(params Assembly[] assemblies) => new(assemblies, AppBase, AppData);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}

/// <summary>An assembly stand-in whose manifest resources are given strings, to test the embedded layer.</summary>
internal sealed class FakeResourceAssembly(string name, Dictionary<string, string> resources) : Assembly
{
    public override string[] GetManifestResourceNames() => [.. resources.Keys];

    public override Stream? GetManifestResourceStream(string name) =>
        resources.TryGetValue(name, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null;

    public override AssemblyName GetName(bool copiedName) => new(name);
}

/// <summary>Sets the current culture and UI culture for the life of the scope.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string uiCulture, string? culture = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture ?? uiCulture);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
