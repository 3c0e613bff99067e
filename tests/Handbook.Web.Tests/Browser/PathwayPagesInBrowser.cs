using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PathwayPagesInBrowser(BrowserFixture browser) : BrowserTest(browser)
{
    [BrowserTheory]
    [InlineData("/roles")]
    [InlineData("/roles/product-manager")]
    [InlineData("/roles/compare?from=product-manager&to=senior-product-manager")]
    [InlineData("/skills")]
    [InlineData("/skills/operational-management")]
    [InlineData("/reading?role=associate-product-manager")]
    public async Task Page_has_no_accessibility_violations(string path)
    {
        var page = await Browser.NewPageAsync();

        await page.GotoAsync(App.Url(path));

        await Axe.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task A_keyboard_user_goes_from_a_role_to_its_comparison_and_picks_another_role()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/roles/product-manager"));

        await TabUntilFocusedAsync(page, "a[href='/roles/compare?from=product-manager&to=senior-product-manager']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/roles/compare?from=product-manager&to=senior-product-manager");

        await TabUntilFocusedAsync(page, "select#to");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabUntilFocusedAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/roles/compare?from=product-manager&to=lead-product-manager");
        Assert.Equal("Product Manager and Lead Product Manager", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(3, await page.Locator("table.hb-compare tbody tr").CountAsync());
    }

    [BrowserFact]
    public async Task The_career_pathway_diagram_fits_a_phone_screen_or_scrolls_within_its_region()
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.GotoAsync(App.Url("/roles"));

        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(pageWidth <= 375, $"the page is {pageWidth}px wide on a 375px screen");
    }

    private static async Task TabUntilFocusedAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {selector}");
    }
}
