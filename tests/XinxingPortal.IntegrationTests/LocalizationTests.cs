using Microsoft.Extensions.DependencyInjection;
using XinxingPortal.IntegrationTests.Infrastructure;
using XinxingPortal.Platform.Localization;

namespace XinxingPortal.IntegrationTests;

public sealed class LocalizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("", "<h1>登录</h1>")]
    [InlineData("/ug", "<h1>كىرىش</h1>")]
    [InlineData("/en", "<h1>Log in</h1>")]
    public async Task The_interface_speaks_the_language_of_the_URL(string prefix, string heading) =>
        Assert.Contains(heading, await factory.Browser().GetStringAsync(prefix + "/account/login"));

    [Fact]
    public async Task Validation_messages_are_translated()
    {
        var response = await factory.Browser().PostFormAsync("/account/login", "/account/login", ("UserName", ""), ("Password", ""));
        Assert.Contains("请输入用户名。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Chinese_labels_use_a_full_width_colon()
    {
        var html = await factory.Browser().GetStringAsync("/pages/about");
        Assert.Contains("更新时间：", html);
    }

    [Fact]
    public async Task A_tenant_po_file_overrides_the_shipped_translation()
    {
        await factory.WarmUpAsync("/kepu");
        var folder = Path.Combine(factory.AppData, "Sites", "kepu", "Localization");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "zh-CN.po"), "msgid \"Log in\"\nmsgstr \"科普登录\"\n");
        factory.Services.GetRequiredService<PoTranslationStore>().Invalidate("kepu");

        Assert.Contains("<h1>科普登录</h1>", await factory.Browser().GetStringAsync("/kepu/account/login"));
        Assert.Contains("<h1>登录</h1>", await factory.Browser().GetStringAsync("/account/login"));
    }
}
