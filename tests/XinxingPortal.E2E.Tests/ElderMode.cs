using Microsoft.Playwright;

namespace XinxingPortal.E2E.Tests;

internal static class ElderMode
{
    /// <summary>Turns elder mode on the way a reader does: the header button, a plain form post.</summary>
    public static async Task TurnOnAsync(IPage page, string start = "/")
    {
        await page.GotoAsync(start);
        await page.ClickAsync("header form[action$='/elder-mode'] button");
        await page.WaitForSelectorAsync("body.elder");
    }
}
