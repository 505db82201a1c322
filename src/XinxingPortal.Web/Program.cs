using XinxingPortal.Platform.Hosting;
using XinxingPortal.Web;

if (args.Length > 0 && args[0] == "tenants")
{
    return await TenantCommandLine.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "search")
{
    return await SearchCommandLine.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

// Themes and modules ship their CSS and images as static web assets; serve them in every environment when
// running from the build output, not only in Development.
builder.WebHost.UseStaticWebAssets();
builder.AddPortal();
var app = builder.Build();
await app.PrepareTenantsAsync();
app.UsePortal();
await app.RunAsync();
return 0;

/// <summary>Exposed so the integration tests can host the real application.</summary>
public partial class Program;
