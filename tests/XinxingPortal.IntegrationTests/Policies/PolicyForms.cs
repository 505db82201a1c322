using System.Net;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Policies;

/// <summary>The admin forms as an editor fills them in.</summary>
internal static class PolicyForms
{
    public static (string, string)[] Notice(string slug, string title, string body = "## 通知\n\n请各单位按时报送。") =>
    [
        ("Type", "Notice"), ("Title", title), ("Slug", slug), ("Culture", "zh-CN"), ("DocumentNumber", "师市科发〔2026〕9号"),
        ("IssuingAgency", "第十三师新星市科学技术局"), ("WrittenOn", "2026-11-20"), ("TopicCode", "keji-chuangxin"),
        ("Keywords", "通知, 测试"), ("Interprets", ""), ("Body", body),
    ];

    /// <summary>Creates a draft and returns the address of its edit screen.</summary>
    public static async Task<string> CreateAsync(HttpClient client, (string, string)[] fields)
    {
        var response = await client.PostFormAsync("/admin/policies/create", "/admin/policies/create", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient client, string edit, string action, params (string, string)[] fields) =>
        client.PostFormAsync(edit, $"{edit}/{action}", fields);

    public static async Task<string> MessageAfterAsync(HttpClient client, HttpResponseMessage response) =>
        await client.GetStringAsync(response.Headers.Location!.OriginalString);
}
