using System.Net;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class ChapterPageOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task Shows_number_title_breadcrumbs_and_last_updated_date()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility");

        Assert.Equal("2.2 Work with agility", page.QuerySelector("h1")!.Text());
        Assert.Equal("Work with agility – Product management handbook", page.Title);
        Assert.Equal(["Home", "Contents", "2. Associate Product Manager"], page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.Text()));
        Assert.Equal("/contents#associate-product-manager", page.QuerySelectorAll(".govuk-breadcrumbs__link").Last().GetAttribute("href"));
        var updated = page.QuerySelector(".hb-last-updated time")!;
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd"), updated.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Every_h2_and_h3_has_an_id_and_a_visible_link_to_it()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility");

        var headings = page.QuerySelectorAll(".hb-prose h2, .hb-prose h3").ToList();
        Assert.Equal(["the-manifesto", "twelve-principles", "in-government"], headings.Select(h => h.Id));
        foreach (var heading in headings)
        {
            var anchor = heading.NextElementSibling!.QuerySelector(".hb-heading__anchor")!;
            Assert.Equal($"#{heading.Id}", anchor.GetAttribute("href"));
            Assert.Contains(heading.Text(), anchor.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task On_this_page_lists_the_headings()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility");

        Assert.Equal(["#the-manifesto", "#twelve-principles", "#in-government"],
            page.QuerySelectorAll(".hb-contents-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Shows_the_reading_and_training_lists()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility");

        var reading = page.QuerySelector("section[aria-labelledby=reading]")!;
        Assert.Equal("https://agilemanifesto.org/", reading.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Contains("Website by Kent Beck and others", reading.Text(), StringComparison.Ordinal);
        var training = page.QuerySelector("section[aria-labelledby=training]")!;
        Assert.Contains("Course by A training provider", training.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chapters/introduction", null, "/chapters/licence")]
    [InlineData("/chapters/licence", "/chapters/introduction", "/chapters/associate-product-manager-role")]
    [InlineData("/chapters/scrum-framework", "/chapters/work-with-agility", null)]
    public async Task Links_to_previous_and_next_chapters_across_parts(string url, string? previous, string? next)
    {
        var page = await _app.CreateClient().GetDocumentAsync(url);

        Assert.Equal(previous, page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(next, page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_chapter_is_a_helpful_404()
    {
        using var response = await _app.CreateClient().GetAsync("/chapters/no-such-chapter");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/contents");
    }

    [Fact]
    public async Task A_former_slug_redirects_permanently_to_the_chapter()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/chapters/sharing");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/chapters/licence", response.Headers.Location!.OriginalString);
    }
}
