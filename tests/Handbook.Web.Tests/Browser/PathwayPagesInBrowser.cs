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

    [BrowserTheory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Every_link_in_the_pathway_diagram_is_reached_by_tab_in_sight_and_shows_where_focus_is(int width)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        await page.GotoAsync(App.Url("/roles"));
        var links = await page.Locator(".hb-pathway-diagram a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/roles/associate-product-manager", "/roles/product-manager", "/roles/senior-product-manager", "/roles/lead-product-manager", "/roles/head-of-product"], links);

        var reached = new List<string>();
        for (var i = 0; i < 80 && reached.Count < links.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<System.Text.Json.JsonElement>(
                """
                () => {
                  const a = document.activeElement;
                  if (!a || !a.matches('.hb-pathway-diagram a')) return { href: null };
                  const box = a.getBoundingClientRect();
                  const region = a.closest('.hb-table-wrapper').getBoundingClientRect();
                  const style = getComputedStyle(a);
                  return {
                    href: a.getAttribute('href'),
                    // WCAG 2.2's focus not obscured (minimum): at least part of it is in sight, in the page and in the scrolling region.
                    seen: Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) > 0
                      && Math.min(box.right, innerWidth, region.right) - Math.max(box.left, 0, region.left) > 0,
                    indicator: a.matches(':focus-visible') && (style.boxShadow !== 'none'
                      || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px' && style.outlineColor !== 'rgba(0, 0, 0, 0)')),
                  };
                }
                """);
            if (focus.GetProperty("href").GetString() is { } href)
            {
                Assert.True(focus.GetProperty("seen").GetBoolean(), $"{href} has focus but is out of sight at {width}px");
                Assert.True(focus.GetProperty("indicator").GetBoolean(), $"{href} has focus but shows no focus indicator");
                reached.Add(href);
            }
        }

        Assert.Equal(links, reached);
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

    [BrowserFact]
    public async Task On_a_phone_the_comparison_is_one_card_per_skill_with_both_levels_side_by_side()
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        await page.GotoAsync(App.Url("/roles/compare?from=product-manager&to=senior-product-manager"));

        Assert.False(await page.Locator("table.hb-compare").IsVisibleAsync());
        var cards = page.Locator(".hb-compare-card");
        Assert.Equal(3, await cards.CountAsync());
        var levels = cards.First.Locator(".hb-compare-card__levels > div");
        var (from, to) = (await levels.Nth(0).BoundingBoxAsync(), await levels.Nth(1).BoundingBoxAsync());
        Assert.Equal(from!.Y, to!.Y);
        Assert.True(to.X + to.Width <= 375);
        Assert.Equal("Product Manager practitioner", string.Join(' ', (await levels.Nth(0).InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), ignoreCase: true);
        await Axe.AssertNoViolationsAsync(page);
    }
}
