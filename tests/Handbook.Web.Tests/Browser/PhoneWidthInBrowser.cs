using Handbook.Testing;

namespace Handbook.Web.Tests.Browser;

/// <summary>
/// Every kind of page, with the repository's real content, on a 375 px phone: nothing makes the page
/// as a whole scroll sideways (a wide table scrolls in its own region or reflows), and axe finds nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthInBrowser(BrowserFixture browser) : IDisposable
{
    private readonly BrowserApp _app = new(ContentBuilder.Existing(Axe.RepositoryFile("content")));

    public void Dispose() => _app.Dispose();

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/contents")]
    [InlineData("/chapters/public-role-descriptions")]
    [InlineData("/chapters/solve-problems-not-features")]
    [InlineData("/chapters/career-pathway-diagram")]
    [InlineData("/chapters/work-with-agility")]
    [InlineData("/roles")]
    [InlineData("/roles/lead-product-manager")]
    [InlineData("/roles/compare?from=product-manager&to=senior-product-manager")]
    [InlineData("/skills")]
    [InlineData("/skills/life-cycle-management")]
    [InlineData("/skills/product-lifecycle-perspective")]
    [InlineData("/reading")]
    [InlineData("/reading?role=head-of-product")]
    [InlineData("/search?q=roadmap")]
    [InlineData("/roles/product-manager/assess?product-management=working&life-cycle-management=practitioner")]
    [InlineData("/suggest?page=%2Fchapters%2Fsimplicity")]
    [InlineData("/no-such-page")]
    public async Task A_page_fits_a_phone_and_has_no_accessibility_violations(string path)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });

        await page.GotoAsync(_app.Url(path));
        // Lay out what the browser would skip until the reader scrolls to it (.hb-deferred), so that it is measured and checked too.
        await page.AddStyleTagAsync(new() { Content = ".hb-deferred { content-visibility: visible !important; }" });

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"{path} is {width}px wide on a 375px screen");
        await Axe.AssertNoViolationsAsync(page);
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/chapters/work-with-agility")]
    [InlineData("/roles/product-manager")]
    public async Task A_page_does_not_shift_as_it_loads_on_a_phone(string path)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) window.__shift += e.value; } })
              .observe({ type: 'layout-shift', buffered: true });
            """);

        await page.GotoAsync(_app.Url(path), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        await page.WaitForTimeoutAsync(500);

        var shift = await page.EvaluateAsync<double>("window.__shift");
        Assert.True(shift < 0.05, $"{path} shifts by {shift:0.000} as it loads (Lighthouse's CLS)");
    }
}
