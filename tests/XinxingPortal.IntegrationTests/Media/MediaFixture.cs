using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Data;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Media.Data;

namespace XinxingPortal.IntegrationTests.Media;

/// <summary>The 科普 microsite (media enabled by its recipe) with an editor, whose role the recipe grants Media.Manage.</summary>
public sealed class MediaFixture : IAsyncLifetime
{
    public const string Tenant = "kepu";
    public const string Prefix = "/kepu";
    public const string Password = "Media-Test-Pass-2026";

    public PortalFactory Factory { get; } = new();

    public string MediaFolder => Path.Combine(Factory.AppData, "Sites", Tenant, "media");

    public async Task InitializeAsync()
    {
        await Factory.WarmUpAsync(Prefix);
        await Factory.CreateAsync(Tenant, "picture-editor", Password, "Editor");
        await Factory.CreateAsync(Tenant, "member", Password, "Member");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<HttpClient> AsAsync(string user)
    {
        var client = Factory.Browser();
        var response = await client.LoginAsync(Prefix, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the admin upload form as a browser does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] data, string altText)
    {
        var token = await client.AntiforgeryTokenAsync(Prefix + "/admin/media");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(data), "file", fileName },
            { new StringContent(altText), "altText" },
        };
        return await client.PostAsync(Prefix + "/admin/media", form);
    }

    /// <summary>Uploads through the form, expects success, and returns the new item's id.</summary>
    public async Task<string> UploadNewAsync(HttpClient client, string fileName, byte[] data, string altText)
    {
        var before = await IdsAsync();
        var response = await UploadAsync(client, fileName, data, altText);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Assert.Single((await IdsAsync()).Except(before));
    }

    public async Task<IReadOnlyList<string>> IdsAsync()
    {
        await using var scope = await Factory.TenantScopeAsync(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        return [.. db.Set<MediaItem>().Select(x => x.Id).AsEnumerable().Order(StringComparer.Ordinal)];
    }

    /// <summary>Every file and folder under the tenant's media folder, and every row of every table.</summary>
    public async Task<(List<string> Files, SortedDictionary<string, List<string>> Rows)> StateAsync()
    {
        var files = Directory.Exists(MediaFolder)
            ? Directory.EnumerateFileSystemEntries(MediaFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        return (files, await DatabaseSnapshot.TakeAsync(Factory, Tenant));
    }

    public static void AssertUnchanged((List<string> Files, SortedDictionary<string, List<string>> Rows) before, (List<string> Files, SortedDictionary<string, List<string>> Rows) after)
    {
        Assert.Equal(before.Files, after.Files);
        Assert.Equal(before.Rows.Keys, after.Rows.Keys);
        foreach (var (table, rows) in before.Rows)
        {
            Assert.True(rows.SequenceEqual(after.Rows[table]), $"table {table} changed");
        }
    }
}
