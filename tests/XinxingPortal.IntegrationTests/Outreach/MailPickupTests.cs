using XinxingPortal.IntegrationTests.Infrastructure;

namespace XinxingPortal.IntegrationTests.Outreach;

/// <summary>With no SMTP server configured, the default install writes mail as .eml files under the tenant's App_Data.</summary>
public sealed class MailPickupTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Without_SMTP_mail_lands_as_eml_files_of_the_tenant()
    {
        await factory.WarmUpAsync("/kepu");
        var response = await RegistrationForm.PostAsync(factory.Browser(), "soil-testing-day", "pickup@kepu.example");
        var folder = Path.Combine(factory.AppData, "Sites", "kepu", "mail");
        for (var waited = 0; waited < 400 && !(Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length > 0); waited++)
        {
            await Task.Delay(50);
        }

        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        Assert.Contains("pickup@kepu.example", await File.ReadAllTextAsync(file));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Public_forms_are_rate_limited()
    {
        await factory.WarmUpAsync("/kepu");
        var client = factory.Browser();
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await RegistrationForm.PostAsync(client, "soil-testing-day", $"r{i}@kepu.example", mobile: "bad")).StatusCode);
        }

        Assert.Contains(System.Net.HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(System.Net.HttpStatusCode.OK, statuses[0]);
    }
}
