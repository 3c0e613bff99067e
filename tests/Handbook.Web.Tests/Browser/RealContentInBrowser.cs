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

        foreach (var path in RealPages)
        {
            await page.GotoAsync(app.Url(path));
            // Lay out what the browser would skip until the reader scrolls to it (.hb-deferred): axe
            // cannot check what is not laid out, and the footer's place moves when it is.
            await page.AddStyleTagAsync(new() { Content = ".hb-deferred { content-visibility: visible !important; }" });
            await Axe.AssertNoViolationsAsync(page);
        }
    }

    /// <summary>The pages with the most in them: full chapters, and the role and skill pages of both frameworks.</summary>
    private static readonly string[] RealPages =
    [
        "/chapters/work-with-agility", "/chapters/head-of-product-role", "/roles/head-of-product", "/roles/associate-product-manager",
        "/roles/compare?from=product-manager&to=senior-product-manager", "/skills", "/skills/stakeholder-relationship-management",
        "/skills/agile-working", "/roles",
    ];

    [BrowserFact]
    public async Task Real_role_and_skill_pages_fit_a_phone_with_wide_tables_scrolling_in_their_own_region_and_no_violations()
    {
        using var app = new BrowserApp(ContentBuilder.Existing(Axe.RepositoryFile("content")));
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });

        foreach (var path in RealPages)
        {
            await page.GotoAsync(app.Url(path));
            await page.AddStyleTagAsync(new() { Content = ".hb-deferred { content-visibility: visible !important; }" });
            var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(pageWidth <= 375, $"{path} is {pageWidth}px wide on a 375px screen");
            await Axe.AssertNoViolationsAsync(page);
        }
    }
}
