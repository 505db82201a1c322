using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using XinxingPortal.Abstractions.Recipes;
using XinxingPortal.Platform.Recipes;
using XinxingPortal.Platform.Tenants;

namespace XinxingPortal.UnitTests.Recipes;

public sealed class RecipeReaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("xp-recipes").FullName;
    private readonly RecipeTokens tokens;

    public RecipeReaderTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "content"));
        File.WriteAllText(Path.Combine(root, "content", "about.md"), "## 机构概况");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:Region"] = "新星市" }).Build();
        tokens = new RecipeTokens(new PortalPaths(Path.Combine(root, "App_Data"), root), config);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private RecipeDocument Parse(string json) => RecipeReader.Parse(json, "test", tokens);

    private RecipeException Fails(string json) => Assert.Throws<RecipeException>(() => Parse(json));

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var recipe = Parse("""
            // the full portal
            { "name": "demo", /* header */ "steps": [ { "name": "feature", "enable": ["a"], }, ], }
            """);
        Assert.Equal("demo", recipe.Name);
        Assert.Single(recipe.Steps);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Fails("{\n \"name\": \"demo\",\n \"steps\": [ { \"name\": } ]\n}");
        Assert.Equal(-1, ex.StepIndex);
        Assert.Contains("line 3", ex.Reason);
    }

    [Fact]
    public void Unknown_header_field_is_refused_with_its_path() =>
        Assert.Equal("$.stpes", Fails("""{ "name": "demo", "stpes": [] }""").JsonPath);

    [Fact]
    public void A_step_without_a_name_is_located() =>
        Assert.Equal("$.steps[1].name", Fails("""{ "name": "demo", "steps": [ { "name": "feature" }, { "enable": [] } ] }""").JsonPath);

    [Fact]
    public void A_recipe_name_must_be_a_slug() =>
        Assert.Equal("$.name", Fails("""{ "name": "Demo Recipe", "steps": [] }""").JsonPath);

    [Fact]
    public void Variables_file_config_and_uuid_tokens_are_expanded()
    {
        var recipe = Parse("""
            { "name": "demo", "variables": { "site": "科技局 [config:Portal:Region]" },
              "steps": [ { "name": "pages", "title": "[var:site]", "body": "[file:content/about.md]", "id": "[uuid]" } ] }
            """);
        var step = tokens.ExpandStep(recipe.Steps[0], recipe.Variables, recipe.Name, 0);
        Assert.Equal("科技局 新星市", (string)step["title"]!);
        Assert.Equal("## 机构概况", (string)step["body"]!);
        Assert.Matches("^[0-9a-f]{32}$", (string)step["id"]!);
    }

    [Theory]
    [InlineData("[var:missing]", "unknown variable")]
    [InlineData("[file:../../etc/passwd]", "outside")]
    [InlineData("[file:content/none.md]", "does not exist")]
    [InlineData("[config:Nope]", "is not set")]
    public void A_bad_token_is_located_in_its_step(string value, string reason)
    {
        var step = new JsonObject { ["name"] = "pages", ["pages"] = new JsonArray(new JsonObject { ["title"] = value }) };
        var ex = Assert.Throws<RecipeException>(() => tokens.ExpandStep(step, new Dictionary<string, string>(), "demo", 4));
        Assert.Equal(4, ex.StepIndex);
        Assert.Equal("$.steps[4].pages[0].title", ex.JsonPath);
        Assert.Contains(reason, ex.Reason);
    }
}
