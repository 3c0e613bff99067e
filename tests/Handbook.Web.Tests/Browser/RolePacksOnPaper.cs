using System.Text;
using System.Text.RegularExpressions;
using Handbook.Testing;
using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

/// <summary>Each role's short pack from the repository's real content, printed to PDF by Chromium: a few A4 pages to take into a conversation.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RolePacksOnPaper(BrowserFixture browser) : IDisposable
{
    private readonly BrowserApp _app = new(ContentBuilder.Existing(Axe.RepositoryFile("content")));

    public void Dispose() => _app.Dispose();

    [BrowserTheory]
    [InlineData("associate-product-manager")]
    [InlineData("product-manager")]
    [InlineData("senior-product-manager")]
    [InlineData("lead-product-manager")]
    [InlineData("head-of-product")]
    public async Task A_role_s_short_pack_prints_on_at_most_four_a4_pages_and_the_full_pack_on_more(string role)
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(_app.Url($"/roles/{role}/print/short"));
        var shortPages = PageCount(await page.PdfAsync(new() { PreferCSSPageSize = true }));
        await page.GotoAsync(_app.Url($"/roles/{role}/print"));
        var fullPages = PageCount(await page.PdfAsync(new() { PreferCSSPageSize = true }));

        Assert.InRange(shortPages, 1, 4);
        Assert.True(fullPages > shortPages * 3, $"the full pack is {fullPages} pages, the short one {shortPages}");
    }

    [BrowserFact]
    public async Task The_short_pack_in_print_has_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_app.Url("/roles/product-manager/print/short"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Axe.AssertNoViolationsAsync(page);
    }

    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
