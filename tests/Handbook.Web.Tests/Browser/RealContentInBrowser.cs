using Handbook.Testing;

namespace Handbook.Web.Tests.Browser;

/// <summary>
/// The one browser test that reads the repository's own content/: real chapters and role pages, with
/// their full text and reading lists, are free of accessibility violations. (README's screenshot of
/// the same chapter is taken by <c>docs/screenshot</c>, not by a test.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RealContentInBrowser(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Real_chapters_and_role_pages_have_no_accessibility_violations()
    {
        using var app = new BrowserApp(ContentBuilder.Existing(Axe.RepositoryFile("content")));
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });

        foreach (var path in new[]
                 {
                     "/chapters/work-with-agility", "/chapters/head-of-product-role", "/roles/head-of-product",
                     "/roles/compare?from=product-manager&to=senior-product-manager",
                 })
        {
            await page.GotoAsync(app.Url(path));
            await Axe.AssertNoViolationsAsync(page);
        }
    }
}
