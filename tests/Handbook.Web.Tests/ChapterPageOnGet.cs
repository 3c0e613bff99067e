using System.Net;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class ChapterPageOnGet : IDisposable
{
    // A fixed clock: a date compared with the real one fails when the day turns during the test.
    private static readonly DateTimeOffset SyncedAt = new(2026, 3, 14, 23, 59, 59, TimeSpan.Zero);

    private readonly HandbookFactory _app = new HandbookFactory(Handbooks.TwoParts()).WithTime(new FixedTime(SyncedAt));

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task Shows_number_title_and_breadcrumbs()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility");

        Assert.Equal("2.2 Work with agility", page.QuerySelector("h1")!.Text());
        Assert.Equal("Work with agility – Product management handbook", page.Title);
        Assert.Equal(["Home", "Contents", "2. Associate Product Manager"], page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.Text()));
        Assert.Equal("/contents#associate-product-manager", page.QuerySelectorAll(".govuk-breadcrumbs__link")[^1].GetAttribute("href"));
    }

    [Fact]
    public async Task The_last_updated_date_comes_from_the_content_and_a_chapter_that_gives_none_shows_none()
    {
        using var content = Handbooks.TwoParts()
            .WithChapter("preface", 2, "licence", "Licence", frontMatter: "aliases: [sharing]\nupdated: 2024-03-05");
        using var app = new HandbookFactory(content).WithTime(new FixedTime(new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.Zero)));
        var client = app.CreateClient();

        Assert.Equal(("2024-03-05", "5 March 2024"), await LastUpdatedAsync(client, "licence"));
        Assert.Null((await client.GetDocumentAsync("/chapters/introduction")).QuerySelector(".hb-last-updated"));
        Assert.Equal("2024-03-05", await LastModifiedInSitemapAsync(client, "licence"));
        Assert.Null(await LastModifiedInSitemapAsync(client, "introduction"));

        content.WithChapter("preface", 2, "licence", "Licence", body: "A typo fixed.", frontMatter: "aliases: [sharing]\nupdated: 2024-03-05");
        await app.SyncAsync();
        Assert.Equal(("2024-03-05", "5 March 2024"), await LastUpdatedAsync(client, "licence"));

        content.WithChapter("preface", 2, "licence", "Licence", body: "Without a date.", frontMatter: "aliases: [sharing]");
        await app.SyncAsync();
        Assert.Null((await client.GetDocumentAsync("/chapters/licence")).QuerySelector(".hb-last-updated"));
    }

    [Fact]
    public async Task A_chapter_with_change_notes_says_when_it_last_changed_and_lists_every_update_newest_first()
    {
        using var content = Handbooks.TwoParts()
            .WithChapter("preface", 2, "licence", "Licence", frontMatter:
                "aliases: [sharing]\nupdated: 2024-03-05\nchanges:\n  - date: 2025-01-10\n    note: \"Explained the licence's terms.\"\n  - date: 2025-04-02\n    note: \"Added attribution wording.\"");
        using var app = new HandbookFactory(content);

        var page = await app.CreateClient().GetDocumentAsync("/chapters/licence");

        Assert.Equal("2025-04-02", page.QuerySelector(".hb-last-updated time")!.GetAttribute("datetime"));
        Assert.Equal("#updates", page.QuerySelector(".hb-last-updated a")!.GetAttribute("href"));
        Assert.Equal(["2 April 2025 Added attribution wording.", "10 January 2025 Explained the licence's terms."],
            page.QuerySelectorAll(".hb-updates li").Select(li => string.Join(' ', li.Text().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public async Task A_malformed_change_note_is_reported_with_file_and_line_and_the_page_stays()
    {
        var client = _app.CreateClient();
        var path = _app.Content.ChapterPath("preface", 2, "licence");
        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Edited.", frontMatter: "aliases: [sharing]\nchanges:\n  - date: 2025-13-01\n    note: \"A month that is not.\"");

        await _app.SyncAsync();

        Assert.DoesNotContain("Edited.", (await client.GetDocumentAsync("/chapters/licence")).QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
        using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal((path, 8), (error.GetProperty("path").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains("YYYY-MM-DD", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_updated_date_not_written_yyyy_mm_dd_is_reported_with_file_and_line_and_the_page_stays()
    {
        var client = _app.CreateClient();
        var path = _app.Content.ChapterPath("preface", 2, "licence");
        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Edited.", frontMatter: "aliases: [sharing]\nupdated: 05/03/2024");

        await _app.SyncAsync();

        Assert.DoesNotContain("Edited.", (await client.GetDocumentAsync("/chapters/licence")).QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
        using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal((path, 7), (error.GetProperty("path").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains("YYYY-MM-DD", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(string? DateTime, string Text)> LastUpdatedAsync(HttpClient client, string slug)
    {
        var time = (await client.GetDocumentAsync($"/chapters/{slug}")).QuerySelector(".hb-last-updated time")!;
        return (time.GetAttribute("datetime"), time.Text());
    }

    private static async Task<string?> LastModifiedInSitemapAsync(HttpClient client, string slug)
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var url = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value.EndsWith($"/chapters/{slug}", StringComparison.Ordinal));
        return url.Element(ns + "lastmod")?.Value;
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
    public async Task On_this_page_lists_the_headings_then_the_reading_training_and_what_it_builds()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility");

        Assert.Equal(["#the-manifesto", "#twelve-principles", "#in-government", "#reading", "#training", "#builds"],
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
