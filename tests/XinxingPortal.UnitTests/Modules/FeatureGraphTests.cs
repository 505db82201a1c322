using XinxingPortal.Platform.Modules;

namespace XinxingPortal.UnitTests.Modules;

public sealed class FeatureGraphTests
{
    private static FeatureDescriptor F(string id, params string[] deps) => new(id, id, "Test", "M", deps, false, false);

    [Fact]
    public void Orders_every_feature_after_its_dependencies()
    {
        var graph = new FeatureGraph([F("c", "b"), F("b", "a"), F("a"), F("d", "a", "c")]);
        var order = graph.Ordered.Select(f => f.Id).ToList();
        Assert.True(order.IndexOf("a") < order.IndexOf("b"));
        Assert.True(order.IndexOf("b") < order.IndexOf("c"));
        Assert.True(order.IndexOf("c") < order.IndexOf("d"));
    }

    [Fact]
    public void A_cycle_stops_with_the_features_named()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("a", "c"), F("b", "a"), F("c", "b")]));
        Assert.Contains("cycle", ex.Message);
        Assert.Contains("a", ex.Message);
        Assert.Contains("b", ex.Message);
        Assert.Contains("c", ex.Message);
    }

    [Fact]
    public void A_missing_dependency_stops_with_both_names()
    {
        var ex = Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("policies", "media")]));
        Assert.Contains("'policies' needs missing 'media'", ex.Message);
    }

    [Fact]
    public void A_feature_declared_twice_is_refused() =>
        Assert.Throws<FeatureGraphException>(() => new FeatureGraph([F("a"), F("a")]));

    [Fact]
    public void Dependencies_are_collected_transitively()
    {
        var graph = new FeatureGraph([F("a"), F("b", "a"), F("c", "b"), F("x")]);
        Assert.Equal(["a", "b", "c"], graph.WithDependencies("c").Select(f => f.Id));
    }

    [Fact]
    public void Dependents_lists_enabled_features_that_need_one()
    {
        var graph = new FeatureGraph([F("a"), F("b", "a"), F("c", "b"), F("d", "a")]);
        Assert.Equal(["b", "c"], graph.Dependents("a", new HashSet<string> { "a", "b", "c" }));
    }
}
