using System.Text.Json;
using System.Text.Json.Serialization;

namespace XinxingPortal.Platform.Tenants;

/// <summary>Reads and writes <c>tenants.json</c>. Readers see an immutable snapshot; writes replace the file atomically.</summary>
internal sealed class TenantSettingsStore
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly PortalPaths paths;
    private readonly Lock gate = new();
    private IReadOnlyList<TenantSettings> snapshot;

    private readonly Cluster.ClusterBus bus;

    public TenantSettingsStore(PortalPaths paths, Cluster.ClusterBus bus)
    {
        this.paths = paths;
        this.bus = bus;
        snapshot = Load();
        bus.On(Cluster.ClusterTopic.TenantsList, _ => Reload());
    }

    public IReadOnlyList<TenantSettings> All => snapshot;

    public bool Exists => File.Exists(paths.TenantsFile);

    public TenantSettings? Find(string name) =>
        snapshot.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the tenant or replaces the one with the same name.</summary>
    public void Save(TenantSettings tenant)
    {
        lock (gate)
        {
            var list = snapshot.Where(t => !t.Name.Equals(tenant.Name, StringComparison.OrdinalIgnoreCase)).Append(tenant);
            Write(list.OrderBy(t => t.IsDefault ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal).ToList());
        }
    }

    public void Update(string name, Func<TenantSettings, TenantSettings> change)
    {
        lock (gate)
        {
            var current = Find(name) ?? throw new TenantException($"Tenant '{name}' does not exist.");
            Save(change(current));
        }
    }

    /// <summary>Reads the list again: another node changed it (the file is shared, see <c>Portal:SharedFiles</c>).</summary>
    public void Reload()
    {
        lock (gate)
        {
            snapshot = Load();
        }
    }

    public void Remove(string name)
    {
        lock (gate)
        {
            Write(snapshot.Where(t => !t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList());
        }
    }

    private void Write(List<TenantSettings> tenants)
    {
        Directory.CreateDirectory(paths.Files);
        var temp = paths.TenantsFile + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(tenants, Json));
        File.Move(temp, paths.TenantsFile, overwrite: true);
        snapshot = tenants;
        bus.Publish(Cluster.ClusterTopic.TenantsList, "");
    }

    private List<TenantSettings> Load()
    {
        if (!File.Exists(paths.TenantsFile))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<TenantSettings>>(File.ReadAllText(paths.TenantsFile), Json) ?? [];
        }
        catch (JsonException ex)
        {
            throw new TenantException($"{paths.TenantsFile} is not valid: {ex.Message}");
        }
    }
}
