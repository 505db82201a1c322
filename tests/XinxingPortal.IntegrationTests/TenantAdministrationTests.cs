using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.IntegrationTests;

public sealed class TenantAdministrationTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_Default_admin_creates_disables_enables_and_removes_a_tenant()
    {
        var client = factory.Browser();
        await client.LoginAsync("", "admin", PortalFactory.AdminPassword);
        var fields = new List<(string, string)>
        {
            ("Name", "chemlab"), ("RequestUrlPrefix", "chemlab"), ("RecipeName", "blank"),
            ("DatabaseProvider", TestDatabase.IsPostgres ? "PostgreSql" : "Sqlite"),
            ("ConnectionString", TestDatabase.IsPostgres ? factory.PostgresFor("chemlab") : ""),
            ("AdminUserName", "labadmin"), ("AdminEmail", "lab@xinxing.example"), ("AdminPassword", "Lab-Admin-Pass-2026"),
        };

        var created = await client.PostFormAsync("/admin/tenants/create", "/admin/tenants/create", [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("新站点", await factory.Browser().GetStringAsync("/chemlab/"));
        var labAdmin = factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await labAdmin.LoginAsync("/chemlab", "labadmin", "Lab-Admin-Pass-2026")).StatusCode);

        await client.PostFormAsync("/admin/tenants", "/admin/tenants/chemlab/disable");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/chemlab/")).StatusCode);
        await client.PostFormAsync("/admin/tenants", "/admin/tenants/chemlab/enable");
        Assert.Equal(HttpStatusCode.OK, (await factory.Browser().GetAsync("/chemlab/")).StatusCode);

        await client.PostFormAsync("/admin/tenants", "/admin/tenants/chemlab/disable");
        await client.PostFormAsync("/admin/tenants", "/admin/tenants/chemlab/remove");
        Assert.Null(factory.Services.GetRequiredService<TenantSettingsStore>().Find("chemlab"));
        Assert.False(Directory.Exists(Path.Combine(factory.AppData, "Sites", "chemlab")));
    }

    [Fact]
    public async Task A_bad_tenant_form_gets_field_messages_and_creates_nothing()
    {
        var client = factory.Browser();
        await client.LoginAsync("", "admin", PortalFactory.AdminPassword);

        var response = await client.PostFormAsync("/admin/tenants/create", "/admin/tenants/create",
            ("Name", "9 bad"), ("RequestUrlPrefix", "kepu"), ("RecipeName", "blank"), ("DatabaseProvider", "Sqlite"),
            ("AdminUserName", "x"), ("AdminEmail", "not-an-email"), ("AdminPassword", "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("field-validation-error", html);
        Assert.Contains("请输入有效的电子邮箱地址。", html);
        Assert.Equal(2, factory.Services.GetRequiredService<TenantSettingsStore>().All.Count);
    }

    [Fact]
    public async Task A_running_tenant_cannot_be_removed()
    {
        await factory.WarmUpAsync("/kepu");
        var ex = await Assert.ThrowsAsync<TenantException>(() => factory.Services.GetRequiredService<TenantAdministration>().RemoveAsync("kepu"));
        Assert.Contains("Disable", ex.Message);
    }

    [Fact]
    public async Task The_command_line_lists_creates_disables_enables_and_removes_tenants()
    {
        await factory.WarmUpAsync();
        var appData = Directory.CreateTempSubdirectory("xp-cli-").FullName;
        try
        {
            string[] create = ["tenants", "create", "--name", "cli", "--prefix", "cli", "--recipe", "blank", "--admin-password", "Cli-Admin-Pass-1"];
            if (TestDatabase.IsPostgres)
            {
                create = [.. create, "--provider", "PostgreSql", "--connection", factory.PostgresFor("cli")];
            }

            Assert.Contains("running", (await HostAsync(appData, create)).Output);
            Assert.Contains("cli", (await HostAsync(appData, "tenants list")).Output);
            await HostAsync(appData, "tenants disable cli");
            Assert.Matches(@"cli\s+Disabled", (await HostAsync(appData, "tenants list")).Output);
            await HostAsync(appData, "tenants enable cli");
            Assert.Matches(@"cli\s+Running", (await HostAsync(appData, "tenants list")).Output);
            var refused = await HostAsync(appData, "tenants remove cli", expectSuccess: false);
            Assert.Contains("Disable tenant 'cli'", refused.Error);
            await HostAsync(appData, "tenants disable cli");
            await HostAsync(appData, "tenants remove cli");
            Assert.DoesNotContain("cli ", (await HostAsync(appData, "tenants list")).Output);
        }
        finally
        {
            Directory.Delete(appData, recursive: true);
        }
    }

    private static Task<(string Output, string Error)> HostAsync(string appData, string arguments, bool expectSuccess = true) =>
        HostAsync(appData, arguments.Split(' '), expectSuccess);

    private static async Task<(string Output, string Error)> HostAsync(string appData, string[] arguments, bool expectSuccess = true)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "XinxingPortal.Web.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Portal__AppDataPath"] = appData;
        start.Environment["Portal__AutoSetup__AdminPassword"] = PortalFactory.AdminPassword;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(expectSuccess == (process.ExitCode == 0), $"'{string.Join(' ', arguments)}' exited {process.ExitCode}: {await error}");
        return (await output, await error);
    }
}
