using Handbook.Testing;

namespace Handbook.Web.Tests.Browser;

/// <summary>
/// Keeps README's screenshot current. The one browser test that reads the repository's own
/// content/, because the picture should show the real handbook; it also checks that real chapters,
/// with their full text and reading lists, are free of accessibility violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeScreenshot(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Takes_the_screenshot_of_a_chapter_page_for_the_readme()
    {
        using var app = new BrowserApp(RepositoryContent());
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });

        await page.GotoAsync(app.Url("/chapters/work-with-agility"));
        await Axe.AssertNoViolationsAsync(page);
        var screenshot = Axe.RepositoryFile("docs/images/chapter-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot });

        foreach (var path in new[] { "/chapters/head-of-product-role", "/roles/head-of-product", "/roles/compare?from=product-manager&to=senior-product-manager" })
        {
            await page.GotoAsync(app.Url(path));
            await Axe.AssertNoViolationsAsync(page);
        }
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    private static ContentBuilder RepositoryContent() => ContentBuilder.Existing(Axe.RepositoryFile("content"));
}
