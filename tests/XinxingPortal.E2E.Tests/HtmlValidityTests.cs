using System.Diagnostics;
using XinxingPortal.E2E.Tests.Infrastructure;

namespace XinxingPortal.E2E.Tests;

/// <summary>Every page type, as served, passes html-validate's standard rules (the validator comes from npm and runs offline).</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(BrowserSession session)
{
    [Fact]
    public async Task Every_page_validates_as_HTML()
    {
        var folder = Directory.CreateTempSubdirectory("xp-html-").FullName;
        try
        {
            var page = await session.NewPageAsync();
            await session.LoginAsync(page);
            var pages = PageTypes.CulturePrefixes.SelectMany(c =>
                PageTypes.Public.Concat(PageTypes.Admin).Select(p => (Name: $"{p.Name}{c.Replace('/', '-')}", Path: PageTypes.Localized(c, p.Path))));
            foreach (var (name, path) in pages)
            {
                var response = await page.GotoAsync(path);
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await response!.TextAsync());
            }

            var (exit, output) = await ValidateAsync(folder);
            Assert.True(exit == 0, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> ValidateAsync(string folder)
    {
        var validator = Path.Combine(RepositoryPaths.TestProject, "node_modules", "html-validate", "bin", "html-validate.mjs");
        var start = new ProcessStartInfo("node", [validator, "--config", Path.Combine(RepositoryPaths.TestProject, ".htmlvalidate.json"), folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
