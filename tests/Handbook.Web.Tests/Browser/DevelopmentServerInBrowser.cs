using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

/// <summary>
/// The site as README's <c>dotnet run</c> serves it, in the Development environment: what a newcomer
/// and an author previewing an edit see first. The other browser tests run Production.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DevelopmentServerInBrowser(BrowserFixture browser) : IDisposable
{
    private readonly ContentBuilder _content = Handbooks.TwoParts();
    private BrowserApp? _app;

    private BrowserApp App => _app ??= new BrowserApp(_content, inDevelopment: true);

    public void Dispose()
    {
        _app?.Dispose();
        _content.Dispose();
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/contents")]
    [InlineData("/chapters/work-with-agility")]
    [InlineData("/roles/product-manager")]
    [InlineData("/suggest?page=%2Fchapters%2Flicence")]
    public async Task Every_asset_of_a_page_reaches_the_browser_in_a_form_it_can_decode(string path)
    {
        var page = await browser.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add($"{request.Url}: {request.Failure}");
        var assets = new List<string>();
        page.RequestFinished += (_, request) => assets.Add(request.Url);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Encoding"] = encoding });
            await page.GotoAsync(App.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.Empty(failed);
            Assert.Contains(assets, url => url.Contains("/css/handbook.", StringComparison.Ordinal));
            // The GOV.UK stylesheet applied: it gives the footer a thick top border, which no browser default does.
            var border = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.govuk-footer')).borderTopWidth");
            Assert.Equal("10px", border);
        }
    }

    [BrowserFact]
    public async Task The_favicon_and_the_script_decode_as_well_as_the_stylesheet()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(App.Url("/chapters/work-with-agility"));

        var assets = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('link[rel~=icon], link[rel=stylesheet], script[src]')].map(e => e.href || e.src)");
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            var decoded = await page.EvaluateAsync<bool>("async url => { try { await (await fetch(url)).text(); return true; } catch { return false; } }", asset);
            Assert.True(decoded, $"{asset} could not be decoded");
        }
    }
}
