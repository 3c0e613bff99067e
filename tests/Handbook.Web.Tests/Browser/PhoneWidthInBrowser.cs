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
    [InlineData("/search?q=prioritsation")]
    [InlineData("/glossary")]
    [InlineData("/roles/product-manager/assess?product-management=working&life-cycle-management=practitioner")]
    [InlineData("/suggest?page=%2Fchapters%2Fsimplicity")]
    [InlineData("/suggest?page=%2Fchapters%2Fsimplicity&section=minimum-viable-product")]
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
    [InlineData("/contents")]
    [InlineData("/chapters/public-role-descriptions")]
    [InlineData("/roles")]
    [InlineData("/roles/lead-product-manager")]
    [InlineData("/roles/compare?from=product-manager&to=senior-product-manager")]
    [InlineData("/skills")]
    [InlineData("/skills/life-cycle-management")]
    [InlineData("/reading")]
    [InlineData("/search?q=roadmap")]
    [InlineData("/glossary")]
    [InlineData("/roles/product-manager/assess?product-management=working&life-cycle-management=practitioner")]
    [InlineData("/roles/product-manager/print/short")]
    [InlineData("/suggest?page=%2Fchapters%2Fsimplicity")]
    public async Task A_page_on_a_laptop_and_in_print_has_no_accessibility_violations(string path)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(_app.Url(path));
        await page.AddStyleTagAsync(new() { Content = ".hb-deferred { content-visibility: visible !important; }" });
        await Axe.AssertNoViolationsAsync(page);

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await Axe.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task On_a_phone_the_2017_skills_table_is_a_card_per_skill_with_the_meaning_across_the_screen()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.GotoAsync(_app.Url("/roles/product-manager"));
        await page.AddStyleTagAsync(new() { Content = ".hb-deferred { content-visibility: visible !important; }" });

        var meaning = page.Locator(".hb-rows-as-cards tbody tr").First.Locator("td").Last;
        var width = await meaning.EvaluateAsync<double>("td => td.getBoundingClientRect().width");

        Assert.True(width >= 300, $"'What that means' is {width:0} px wide on a 375 px screen");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375);
    }

    [BrowserFact]
    public async Task On_a_phone_the_header_navigation_is_behind_a_menu_button_that_opens_it()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.GotoAsync(_app.Url("/chapters/work-with-agility"));
        var menu = page.Locator(".hb-menu-toggle");
        var contents = page.Locator("#navigation a", new() { HasText = "Contents" });

        Assert.True(await menu.IsVisibleAsync());
        Assert.False(await contents.IsVisibleAsync());
        var titleTop = await page.Locator("h1").EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        Assert.True(titleTop < 260, $"the chapter's title starts {titleTop:0} px down a phone's screen");

        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        Assert.True(await contents.IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.Keyboard.PressAsync("Enter");
        Assert.False(await contents.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Without_javascript_a_phone_shows_the_navigation_and_no_menu_button()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.Url("/chapters/work-with-agility"));

        Assert.False(await page.Locator(".hb-menu-toggle").IsVisibleAsync());
        Assert.True(await page.Locator("#navigation a", new() { HasText = "Contents" }).IsVisibleAsync());
    }

    [BrowserFact]
    public async Task On_a_laptop_the_header_navigation_is_open_and_there_is_no_menu_button()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(_app.Url("/chapters/work-with-agility"));

        Assert.False(await page.Locator(".hb-menu-toggle").IsVisibleAsync());
        Assert.True(await page.Locator("#navigation a", new() { HasText = "Contents" }).IsVisibleAsync());
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
