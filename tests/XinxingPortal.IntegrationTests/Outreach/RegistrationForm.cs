using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Outreach;

internal static class RegistrationForm
{
    /// <remarks>The token comes from the event page's form, or from <paramref name="formUrl"/> when the page has none (a closed window).</remarks>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string slug, string email, int party = 1, string mobile = "13912345678", bool consent = true, string? formUrl = null) =>
        client.PostFormAsync(formUrl ?? $"/kepu/events/{slug}", $"/kepu/events/{slug}/register",
            ("Name", "张三"), ("Mobile", mobile), ("Email", email), ("PartySize", party.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Consent", consent ? "true" : "false"));

    /// <summary>Registers and returns the registration page's address.</summary>
    public static async Task<string> RegisterAsync(HttpClient client, string slug, string email, int party = 1)
    {
        var response = await PostAsync(client, slug, email, party);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
