
namespace Handbook.Web.Tests.Browser;

/// <summary>Pages under the real Content-Security-Policy: nothing they need is blocked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityInBrowser(BrowserFixture browser) : BrowserTest(browser)
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/chapters/work-with-agility")]
    [InlineData("/roles/compare?from=product-manager&to=senior-product-manager")]
    [InlineData("/suggest?page=%2Fchapters%2Flicence")]
    public async Task The_content_security_policy_blocks_nothing_the_page_uses(string path)
    {
        var page = await Browser.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync(App.Url(path));
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.Empty(violations);
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).fontFamily.length > 0 && document.styleSheets.length > 0"));
    }
}
