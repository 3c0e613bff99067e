using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReadingJourney(BrowserFixture browser) : BrowserTest(browser)
{
    [BrowserFact]
    public async Task A_reader_goes_from_home_to_contents_to_a_chapter_and_along_the_next_links_and_every_page_is_accessible()
    {
        var page = await Browser.NewPageAsync();

        await page.GotoAsync(App.Url("/"));
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "See the full contents" }).ClickAsync();
        Assert.EndsWith("/contents", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Introduction" }).ClickAsync();
        var visited = new List<string> { await HeadingAsync(page) };
        await Axe.AssertNoViolationsAsync(page);
        while (await page.Locator("a[rel=next]").CountAsync() > 0)
        {
            await page.Locator("a[rel=next]").ClickAsync();
            visited.Add(await HeadingAsync(page));
            await Axe.AssertNoViolationsAsync(page);
        }

        Assert.Equal(
            ["1.1 Introduction", "1.2 Licence", "2.1 The Associate Product Manager role", "2.2 Work with agility", "2.3 Make use of the Scrum framework"],
            visited);
    }

    private static async Task<string> HeadingAsync(IPage page) =>
        string.Join(' ', (await page.Locator("h1").InnerTextAsync()).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [BrowserFact]
    public async Task A_chapter_with_headings_and_reading_lists_has_no_accessibility_violations()
    {
        var page = await Browser.NewPageAsync();

        await page.GotoAsync(App.Url("/chapters/work-with-agility"));

        await Axe.AssertNoViolationsAsync(page);
    }

    [BrowserFact]
    public async Task A_heading_link_takes_the_reader_to_that_heading()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/chapters/work-with-agility"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Link to the section: In government" }).ClickAsync();

        Assert.EndsWith("#in-government", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#in-government").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_not_found_page_has_no_accessibility_violations()
    {
        var page = await Browser.NewPageAsync();

        var response = await page.GotoAsync(App.Url("/chapters/nowhere"));

        Assert.Equal(404, response!.Status);
        await Axe.AssertNoViolationsAsync(page);
    }
}
