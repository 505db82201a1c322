using System.Net;
using System.Text.RegularExpressions;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Accounts;

internal static partial class AccountForms
{
    public const string GoodPassword = "Neuer-Pass-2026!";

    /// <summary>Opens a mailed set-password link and posts a password to it.</summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var path = link.Split('?')[0];
        return await client.PostFormAsync(link, path, ("User", query["user"]!), ("Token", query["token"]!), ("Password", password), ("ConfirmPassword", password));
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string prefix, string email, string password = GoodPassword, string mobile = "13912345678") =>
        client.PostFormAsync(prefix + "/account/register", prefix + "/account/register",
            ("Name", "李四"), ("Email", email), ("Mobile", mobile), ("Password", password), ("ConfirmPassword", password), ("Consent", "true"));

    public static async Task<string> ErrorsOfAsync(HttpResponseMessage response) =>
        string.Join(" | ", ErrorPattern().Matches(await response.Content.ReadAsStringAsync()).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    [GeneratedRegex("(?:field-validation-error[^>]*>|validation-summary-errors[^>]*><ul><li>|alert-(?:warning|danger)\" role=\"alert\">)([^<]+)")]
    private static partial Regex ErrorPattern();
}
