using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Export;
using XinxingPortal.Abstractions.Files;
using XinxingPortal.Abstractions.Storage;
using XinxingPortal.Platform.Data;
using XinxingPortal.Platform.Export;
using XinxingPortal.Platform.Files;
using XinxingPortal.Platform.Storage;

namespace XinxingPortal.Platform.Hosting;

/// <summary>The small services every module shares instead of writing its own: file checks, private files, export.</summary>
internal static class SharedServices
{
    public static void AddSharedServices(this IServiceCollection services)
    {
        services.AddSingleton<IFileInspector, FileInspector>();
        services.AddSingleton<IDocumentText, DocumentText>();
        services.AddSingleton<ITableExport, TableExport>();
        services.AddScoped<CommitActions>();
        services.AddScoped<XinxingPortal.Abstractions.Data.ICommitActions>(sp => sp.GetRequiredService<CommitActions>());
        services.AddScoped<IPrivateFileStore, LocalPrivateFileStore>();
    }
}
