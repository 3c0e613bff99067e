using Handbook.Testing;

namespace Handbook.Web.Tests.Browser;

/// <summary>Suggestions as you type in the header's search box, by keyboard alone, with the repository's real content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchSuggestionsInBrowser(BrowserFixture browser) : IDisposable
{
    private readonly BrowserApp _app = new(ContentBuilder.Existing(Axe.RepositoryFile("content")));

    public void Dispose() => _app.Dispose();

    [BrowserFact]
    public async Task Typing_in_the_header_search_offers_pages_that_the_keyboard_can_choose_and_open()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_app.Url("/chapters/simplicity"));

        await page.FocusAsync("#header-search-q");
        await page.Keyboard.TypeAsync("lead prod", new() { Delay = 30 });
        var options = page.Locator("#header-search-q__listbox [role=option]");
        await options.First.WaitForAsync();

        Assert.Equal("true", await page.GetAttributeAsync("#header-search-q", "aria-expanded"));
        Assert.StartsWith("Lead Product Manager", await options.First.InnerTextAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/roles/lead-product-manager");
    }

    [BrowserFact]
    public async Task Enter_on_what_was_typed_searches_as_the_plain_form_does()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_app.Url("/"));

        await page.FocusAsync("#header-search-q");
        await page.Keyboard.TypeAsync("MVP", new() { Delay = 30 });
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/search?q=MVP");
        Assert.Contains("Minimum viable product", await page.Locator(".hb-search-results").InnerTextAsync(), StringComparison.Ordinal);
    }
}
