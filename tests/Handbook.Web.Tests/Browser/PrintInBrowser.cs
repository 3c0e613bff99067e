using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PrintInBrowser(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly string[] Chrome = [".govuk-service-navigation__wrapper", ".hb-header-search", ".govuk-breadcrumbs", ".govuk-footer", ".hb-heading__tools"];

    [BrowserFact]
    public async Task Printing_a_chapter_leaves_out_navigation_search_breadcrumbs_and_footer()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/chapters/work-with-agility"));
        foreach (var selector in Chrome)
        {
            Assert.True(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} is not shown on screen");
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in Chrome)
        {
            Assert.False(await page.Locator(selector).First.IsVisibleAsync(), $"{selector} is printed");
        }
        Assert.True(await page.Locator("h1").IsVisibleAsync());
    }

    [BrowserTheory]
    [InlineData("/chapters/work-with-agility")]
    [InlineData("/roles/product-manager")]
    [InlineData("/skills/user-focus")]
    [InlineData("/print")]
    [InlineData("/roles/product-manager/print")]
    [InlineData("/roles/product-manager/print/short")]
    public async Task Every_printout_names_the_handbook_the_address_the_day_and_the_licence_and_no_one_else_on_screen(string path)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url(path));
        Assert.False(await page.Locator(".hb-print-footer").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var footer = await page.Locator(".hb-print-footer").InnerTextAsync();
        Assert.Contains($"Product management handbook: http://localhost{path}", footer, StringComparison.Ordinal);
        Assert.Contains($"Printed on {DateTime.UtcNow:d MMMM yyyy}", footer, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC-SA 4.0", footer, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_printed_handbook_is_a4_and_no_page_holds_a_part_title_alone()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/print"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        // The first chapter of each part follows its title on the same page.
        var sameTop = await page.EvaluateAsync<string>("""
            getComputedStyle(document.querySelector('.hb-print-part > h2 + .hb-print-chapter')).breakBefore
            """);
        Assert.Equal("avoid", sameTop);
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        // A4 is 595 by 842 points.
        Assert.Matches(@"/MediaBox\s*\[\s*0\s+0\s+59[45](\.\d+)?\s+84[12](\.\d+)?\s*\]", text);
        Assert.DoesNotMatch(@"/MediaBox\s*\[\s*0\s+0\s+612", text);
    }

    [BrowserFact]
    public async Task A_printed_link_within_the_site_shows_its_full_address_at_the_configured_public_address()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/chapters/introduction"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        // Handbook:PublicUrl, which the tests set to http://localhost: not the address the browser used.
        Assert.Equal("\" (http://localhost/chapters/work-with-agility#the-manifesto)\"", await AfterContentAsync(page, ".hb-prose a"));
    }

    [BrowserFact]
    public async Task The_printed_handbook_shows_where_links_lead_but_not_the_links_within_it()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/print"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("\" (https://agilemanifesto.org/)\"", await AfterContentAsync(page, "#chapter-work-with-agility a[href='https://agilemanifesto.org/']"));
        Assert.Equal("none", await AfterContentAsync(page, "#chapter-introduction .hb-prose a"));
        Assert.False(await page.Locator(".hb-print-hint").IsVisibleAsync());
    }

    /// <summary>What the print stylesheet puts after a link; the site's address comes in its own stylesheet, so wait for it.</summary>
    private static async Task<string> AfterContentAsync(IPage page, string selector)
    {
        await page.WaitForFunctionAsync("() => getComputedStyle(document.documentElement).getPropertyValue('--hb-site-address') !== ''");
        return await page.Locator(selector).First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
    }
}
