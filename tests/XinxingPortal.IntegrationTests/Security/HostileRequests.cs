using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace XinxingPortal.IntegrationTests.Security;

/// <summary>Generates malformed requests from a fixed seed: the same run every time, thousands of shapes.</summary>
internal sealed partial class HostileRequests(int seed)
{
    private readonly Random random = new(seed);

    public static readonly string[] Values =
    [
        "", " ", "-1", "0", "2147483648", "-2147483649", "99999999999999999999999999999", "1e308", "NaN", "0x7fffffff", "1,5",
        "../../../../etc/passwd", "..\\..\\web.config", "%2e%2e%2f%2e%2e%2f", "/admin", "//evil.example/", "https://evil.example/",
        "javascript:alert(1)", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE Platform_Users; --",
        "=HYPERLINK(\"http://evil.example\")", "\u0000", "\uFFFF\uFFFE", "\uD800", "‮gnp.exe", "ئۇيغۇرچە", "新星市" + new string('科', 5000),
        new string('A', 70_000), "true", "false", "maybe", "null", "[]", "{}", "{{tenant}}", "$(whoami)", "CON", "NUL.txt", "a\r\nSet-Cookie: x=1",
    ];

    public static readonly string[] FieldNames =
    [
        "Name", "Mobile", "Email", "PartySize", "Consent", "UserName", "Password", "ReturnUrl", "Title", "Body", "Plan", "TeamName", "Leader",
        "CreditCode", "Kind", "OrganisationName", "ContactName", "ContactMobile", "ContactEmail", "PriceWan", "BudgetMinWan", "BudgetMaxWan",
        "Trl", "Field", "Modes", "ValidUntil", "Summary", "Description", "decision", "comment", "outcome", "q", "page", "price", "type",
        "status", "altText", "RemoveFiles", "Culture", "Slug", "Deadline", "FundingWan", "CurrentPassword", "NewPassword", "ConfirmPassword",
    ];

    private static readonly string[] QueryNames = ["q", "page", "price", "trl", "field", "mode", "type", "status", "returnUrl", "culture", "width", "format", "sort"];

    private static readonly (string Name, string Value)[] Headers =
    [
        ("Accept-Language", "ug;q=abc, *;q=-1"), ("Accept-Language", new string('x', 4000)), ("Cookie", "xp.auth.Default=AAAA%%%; xp.af.Default=\u00ff"),
        ("Cookie", "xp.auth.kepu=" + new string('Z', 3000)), ("If-None-Match", "*"), ("If-Modified-Since", "yesterday"), ("Range", "bytes=99999999999-1"),
        ("X-Forwarded-For", "1.2.3.4, not-an-ip"), ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "gopher"), ("X-Original-URL", "/admin/tenants"),
        ("X-HTTP-Method-Override", "DELETE"), ("Referer", "javascript:alert(1)"), ("Accept", "application/json;q=1e9"), ("User-Agent", "\u0001\u0002"),
    ];

    [GeneratedRegex(@"\{\*?\*?(\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>
    /// The template with every parameter replaced by a hostile value, escaped as a browser would. A NUL is left out of
    /// paths: Kestrel refuses it before the site sees it, and the test server would throw instead.
    /// </summary>
    public string Path(string template) => "/" + Parameter().Replace(template.TrimStart('/'), _ => Uri.EscapeDataString(Short(Pick(Values), 300).Replace("\0", "", StringComparison.Ordinal)) is { Length: > 0 } v ? v : "x");

    public string Query() => "?" + string.Join("&", Enumerable.Range(0, random.Next(1, 6))
        .Select(_ => $"{Pick(QueryNames)}={Uri.EscapeDataString(Short(Pick(Values), 2000))}"));

    private static string Short(string value, int max) => value.Length > max ? value[..max] : value;

    public List<KeyValuePair<string, string>> Fields(string? token)
    {
        var fields = Enumerable.Range(0, random.Next(1, 14)).Select(_ => KeyValuePair.Create(Pick(FieldNames), Pick(Values))).ToList();
        if (token is not null)
        {
            fields.Add(KeyValuePair.Create("__RequestVerificationToken", token));
        }

        return fields;
    }

    /// <summary>One of several broken bodies: odd forms, uploads whose bytes lie about their kind, unreadable multipart, JSON.</summary>
    public HttpContent Body(string? token)
    {
        switch (random.Next(6))
        {
            case 0:
            case 1:
                return new FormUrlEncodedContent(Fields(token));
            case 2:
            {
                var form = new MultipartFormDataContent();
                foreach (var (name, value) in Fields(token))
                {
                    form.Add(new StringContent(value), name);
                }

                var bytes = new byte[random.Next(0, 4096)];
                random.NextBytes(bytes);
                var prefix = Pick(new[] { "%PDF-1.4\n", "\u0089PNG\r\n\u001a\n", "PK\u0003\u0004", "GIF89a", "", "<html>" });
                var file = new ByteArrayContent([.. Encoding.Latin1.GetBytes(prefix), .. bytes]);
                file.Headers.ContentType = new MediaTypeHeaderValue(Pick(new[] { "application/pdf", "image/png", "application/octet-stream", "text/html" }));
                form.Add(file, Pick(new[] { "Files", "file", "Licence", "Attachments", "Photo" }), Pick(new[] { "../../evil.pdf", "x.png", "a.docx", "CON.xlsx", "名.pdf", new string('n', 400) + ".pdf" }));
                return form;
            }

            case 3:
            {
                var broken = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated"));
                broken.Headers.ContentType = MediaTypeHeaderValue.Parse(Pick(new[] { "multipart/form-data", "multipart/form-data; boundary=b", "multipart/form-data; boundary=" + new string('b', 200) }));
                return broken;
            }

            case 4:
                return new FormUrlEncodedContent(Enumerable.Range(0, 1500).Select(i => KeyValuePair.Create("f" + i, "v")));
            default:
            {
                var json = new StringContent("{\"Name\": [1, {\"$type\": \"System.IO.FileInfo\"}], \"page\": 1e999", Encoding.UTF8);
                json.Headers.ContentType = MediaTypeHeaderValue.Parse(Pick(new[] { "application/json", "text/plain; charset=utf-7", "application/x-www-form-urlencoded; charset=nonsense" }));
                return json;
            }
        }
    }

    public void AddHeaders(HttpRequestMessage request)
    {
        foreach (var (name, value) in Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(Headers)))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
