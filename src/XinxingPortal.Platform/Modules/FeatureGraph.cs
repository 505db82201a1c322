namespace XinxingPortal.Platform.Modules;

/// <summary>All known features in dependency order: every feature comes after the features it needs.</summary>
internal sealed class FeatureGraph
{
    private readonly Dictionary<string, FeatureDescriptor> byId;

    public FeatureGraph(IEnumerable<FeatureDescriptor> features)
    {
        byId = new Dictionary<string, FeatureDescriptor>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            if (!byId.TryAdd(f.Id, f))
            {
                throw new FeatureGraphException($"Feature '{f.Id}' is declared twice.");
            }
        }

        var missing = byId.Values
            .SelectMany(f => f.Dependencies.Where(d => !byId.ContainsKey(d)).Select(d => $"'{f.Id}' needs missing '{d}'"))
            .ToList();
        if (missing.Count > 0)
        {
            throw new FeatureGraphException("Missing feature dependencies: " + string.Join("; ", missing) + ".");
        }

        Ordered = Sort();
    }

    public IReadOnlyList<FeatureDescriptor> Ordered { get; }

    public FeatureDescriptor? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The feature and everything it needs, transitively, in dependency order.</summary>
    public IReadOnlyList<FeatureDescriptor> WithDependencies(string id)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        Visit(id);
        return Ordered.Where(f => needed.Contains(f.Id)).ToList();

        void Visit(string current)
        {
            if (needed.Add(current))
            {
                foreach (var d in byId[current].Dependencies)
                {
                    Visit(d);
                }
            }
        }
    }

    /// <summary>Features among <paramref name="enabled"/> that need <paramref name="id"/>, directly or not.</summary>
    public IReadOnlyList<string> Dependents(string id, IReadOnlySet<string> enabled) =>
        enabled.Where(e => e != id && byId.ContainsKey(e) && WithDependencies(e).Any(f => f.Id == id)).Order().ToList();

    private List<FeatureDescriptor> Sort()
    {
        var result = new List<FeatureDescriptor>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        foreach (var f in byId.Values.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            Visit(f, []);
        }

        return result;

        void Visit(FeatureDescriptor f, List<string> path)
        {
            if (state.TryGetValue(f.Id, out var done))
            {
                if (!done)
                {
                    var cycle = path.SkipWhile(p => p != f.Id).Append(f.Id);
                    throw new FeatureGraphException("Feature dependency cycle: " + string.Join(" -> ", cycle) + ".");
                }

                return;
            }

            state[f.Id] = false;
            path.Add(f.Id);
            foreach (var d in f.Dependencies)
            {
                Visit(byId[d], path);
            }

            path.RemoveAt(path.Count - 1);
            state[f.Id] = true;
            result.Add(f);
        }
    }
}
