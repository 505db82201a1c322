using System.Net.Http.Headers;
using System.Text;
using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.TechTransfer;

/// <summary>The 揭榜 form as a browser posts it: multipart, with the antiforgery token of a page the user can see.</summary>
internal static class ApplicationForm
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static string Url(string challengeId) => $"/techtransfer/challenges/{challengeId}/apply";

    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string challengeId, string team = "戈壁清洗攻关团队", string plan = "第一阶段：样机研制。\n第二阶段：现场试验。",
        string tokenFrom = "/techtransfer/challenges", string prefix = "", params (string Name, byte[] Data)[] files)
    {
        var token = await client.AntiforgeryTokenAsync(prefix + tokenFrom);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(team), "TeamName" },
            { new StringContent("李明"), "Leader" },
            { new StringContent(plan), "Plan" },
        };
        foreach (var (name, data) in files)
        {
            var file = new ByteArrayContent(data);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Files", name);
        }

        return await client.PostAsync(prefix + Url(challengeId), form);
    }
}
