using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.Abstractions.Recipes;
using Xunit.Abstractions;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>
/// The hostile-input suite: thousands of generated malformed requests (paths, query strings, forms, uploads,
/// unreadable bodies, odd headers) against every endpoint of every module on both tenants and in two languages,
/// and malformed recipe documents. Nothing may answer 500, and no table of either tenant may change.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261203;
    private readonly PortalFactory factory = new();

    public async Task InitializeAsync()
    {
        factory.Settings["Portal:RateLimits:PublicFormsPerMinute"] = "1000000";
        await factory.WarmUpAsync();
        await factory.WarmUpAsync("/kepu");
        await factory.CreateAsync("Default", "visitor", "Visitor-Test-Pass-2026", "Member");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Generated_malformed_requests_to_every_endpoint_never_answer_500_and_change_nothing()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count > 80, $"only {endpoints.Count} endpoints found");
        var anonymous = factory.Browser();
        var member = factory.Browser();
        // Signed in before the snapshot: a sign-in rightly records when it happened.
        await member.LoginAsync("", "visitor", "Visitor-Test-Pass-2026");
        var before = (await DatabaseSnapshot.TakeAsync(factory, "Default"), await DatabaseSnapshot.TakeAsync(factory, "kepu"));
        var tokens = new Dictionary<string, string>
        {
            [""] = await anonymous.AntiforgeryTokenAsync("/account/login"),
            ["/kepu"] = await anonymous.AntiforgeryTokenAsync("/kepu/account/login"),
        };
        var generator = new HostileRequests(Seed);
        var failures = new List<string>();
        var sent = 0;
        var watch = Stopwatch.StartNew();

        foreach (var (method, template) in endpoints)
        {
            foreach (var tenant in new[] { "", "/kepu" })
            {
                foreach (var culture in new[] { "", "/ug" })
                {
                    for (var variant = 0; variant < 4; variant++)
                    {
                        var url = tenant + culture + generator.Path(template) + (variant == 0 ? "" : generator.Query());
                        var request = new HttpRequestMessage(new HttpMethod(method), url);
                        if (method != "GET" && method != "HEAD")
                        {
                            request.Content = generator.Body(variant >= 2 ? null : tokens[tenant]);
                        }

                        generator.AddHeaders(request);
                        // Posts are anonymous (a signed-in visitor's sign-out would rightly change the user's stamp); reads use both.
                        var client = method == "GET" && variant == 1 ? member : anonymous;
                        var response = await client.SendAsync(request);
                        sent++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{(int)response.StatusCode} {method} {url[..Math.Min(url.Length, 200)]}");
                        }
                    }
                }
            }
        }

        // A search is recorded (its words, language and count, nothing personal) so editors see what people look for;
        // that is the one write a read may make.
        Assert.DoesNotContain(DatabaseSnapshot.Differences(before.Item1, await DatabaseSnapshot.TakeAsync(factory, "Default")), d => !d.StartsWith("Search_QueryLog:", StringComparison.Ordinal));
        Assert.DoesNotContain(DatabaseSnapshot.Differences(before.Item2, await DatabaseSnapshot.TakeAsync(factory, "kepu")), d => !d.StartsWith("Search_QueryLog:", StringComparison.Ordinal));
        var recipes = await MalformedRecipesAsync(generator, failures);

        output.WriteLine($"{sent} requests and {recipes} recipe documents in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(sent >= 1000, $"only {sent} requests");
        // The host's first logged exception says why, so a red run can be mended without reproducing it.
        var exception = factory.Logs.Messages.FirstOrDefault(m => m.Contains(" Exception: ", StringComparison.Ordinal));
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent + recipes} failed:\n{string.Join("\n", failures.Take(40))}\n{exception?[..Math.Min(exception.Length, 3000)]}");
    }

    /// <summary>Recipe files are input too: a malformed one is refused with a RecipeException, never another exception.</summary>
    private async Task<int> MalformedRecipesAsync(HostileRequests generator, List<string> failures)
    {
        var shapes = new List<string>
        {
            "", "{", "[]", "null", "{\"name\": 1}", "{\"name\": \"x\", \"steps\": {}}", "{\"name\": \"x\", \"steps\": [{}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"nope\"}]}", "{\"name\": \"x\", \"steps\": [{\"name\": \"feature\", \"enable\": \"all\"}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"tenants\", \"tenants\": [{\"name\": \"../x\", \"recipe\": \"blank\"}]}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"policies\", \"policies\": [{\"documentNumber\": \"〔\"}]}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"events\", \"events\": [{\"capacity\": -5}]}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"media\", \"media\": [{\"file\": \"../../../../etc/passwd\"}]}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"users\", \"users\": [{\"userName\": \"\", \"password\": \"1\"}]}]}",
            "{\"name\": \"x\", \"steps\": [{\"name\": \"settings\", \"siteName\": " + new string('[', 5000) + "}]}",
        };
        for (var i = 0; i < 60; i++)
        {
            var step = generator.Pick(new[] { "feature", "settings", "roles", "users", "menu", "pages", "policies", "venues", "events", "organisations", "outcomes", "demands", "challenges", "media" });
            shapes.Add($"{{\"name\": \"fuzz\", \"steps\": [{{\"name\": \"{step}\", \"{generator.Pick(HostileRequests.FieldNames)}\": \"{generator.Pick(HostileRequests.Values).Replace("\\", "\\\\").Replace("\"", "\\\"")}\"}}]}}");
        }

        foreach (var json in shapes)
        {
            try
            {
                await factory.RunJsonAsync("Default", json);
            }
            catch (RecipeException)
            {
                // Refused, as it should be.
            }
            catch (Exception ex)
            {
                failures.Add($"recipe {json[..Math.Min(json.Length, 120)]}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return shapes.Count;
    }

    private List<(string Method, string Template)> Endpoints() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).Select(m => (m, e.RoutePattern.RawText ?? "")))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.m, StringComparer.Ordinal)];
}
