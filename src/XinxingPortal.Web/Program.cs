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

// The slim builder leaves out what this site never uses (IIS integration, HTTP/3 over QUIC, the Windows event log),
// which keeps those assemblies out of every node's memory; HTTPS endpoints named in configuration are added back.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();

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
