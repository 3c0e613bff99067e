using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FindAndShareInBrowser(BrowserFixture browser) : BrowserTest(browser)
{
    [BrowserFact]
    public async Task A_reader_searches_from_the_header_and_lands_on_the_heading()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/contents"));

        await page.GetByLabel("Search the handbook").FillAsync("principles");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=principles");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Work with agility: Twelve principles" }).ClickAsync();

        Assert.EndsWith("/chapters/work-with-agility#twelve-principles", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#twelve-principles").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Copy_link_puts_a_link_to_the_section_that_names_it_on_the_clipboard()
    {
        var context = await Browser.Browser.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(App.Url("/chapters/work-with-agility"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link to the section: In government" }).ClickAsync();

        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(App.Url("/chapters/work-with-agility?section=in-government#in-government"), copied);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[role=status]')].some(s => s.textContent === 'Link copied')");
        await context.DisposeAsync();
    }

    [BrowserFact]
    public async Task The_print_page_has_no_accessibility_violations()
    {
        var page = await Browser.NewPageAsync();

        await page.GotoAsync(App.Url("/print"));

        await Axe.AssertNoViolationsAsync(page);
    }
}
