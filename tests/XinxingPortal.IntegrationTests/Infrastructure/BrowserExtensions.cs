using System.Net;
using System.Text.RegularExpressions;

namespace XinxingPortal.IntegrationTests.Infrastructure;

/// <summary>Form posting as a browser does it: fetch the form, take its antiforgery token, post.</summary>
internal static partial class BrowserExtensions
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string formUrl)
    {
        var html = await client.GetStringAsync(formUrl);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no form token on {formUrl}");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, params (string Key, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string prefix, string user, string password) =>
        client.PostFormAsync(prefix + "/account/login", prefix + "/account/login", ("UserName", user), ("Password", password));
}
