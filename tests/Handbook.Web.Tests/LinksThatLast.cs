using System.Net;
using System.Xml.Linq;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class LinksThatLast : IDisposable
{
    // A fixed clock: a date compared with the real one fails when the day turns during the test.
    private static readonly DateTimeOffset SyncedAt = new(2026, 3, 14, 23, 59, 59, TimeSpan.Zero);

    private readonly HandbookFactory _app = new HandbookFactory(Handbooks.TwoParts()).WithTime(new FixedTime(SyncedAt));

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private HttpClient Client() => _app.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_renamed_chapter_keeps_its_old_link_working()
    {
        var client = Client();
        _app.Content.Delete(_app.Content.ChapterPath("associate-product-manager", 3, "scrum-framework"));
        _app.Content.WithChapter("associate-product-manager", 3, "scrum", "Make use of Scrum", frontMatter: "aliases: [scrum-framework]\nroles: [product-manager]");
        _app.Content.WithSkill(1, "product-ownership", "Product ownership", chapters: ["scrum"]);
        await _app.SyncAsync();

        using var old = await client.GetAsync("/chapters/scrum-framework");

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/chapters/scrum", old.Headers.Location!.OriginalString);
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/scrum-framework");
        Assert.Equal("2.3 Make use of Scrum", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task An_old_chapter_link_keeps_its_query_through_the_redirect()
    {
        using var old = await Client().GetAsync("/chapters/sharing?section=terms&utm_source=slack");

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/chapters/licence?section=terms&utm_source=slack", old.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_renamed_role_keeps_its_old_links_working()
    {
        var client = Client();
        _app.Content.Delete("roles/03-senior-product-manager.md");
        var senior = Handbooks.Roles.Single(r => r.Slug == "senior-product-manager");
        _app.Content.WithRole(3, "senior-product-lead", "Senior Product Lead", senior.Stage, senior.Levels, areas: senior.Areas,
            extraFrontMatter: "aliases: [senior-product-manager]");
        await _app.SyncAsync();
        await AssertNoContentErrorsAsync();

        Assert.Equal("/roles/senior-product-lead", await RedirectAsync(client, "/roles/senior-product-manager"));
        Assert.Equal("/roles/senior-product-lead/print", await RedirectAsync(client, "/roles/senior-product-manager/print"));
        Assert.Equal("/roles/compare?from=product-manager&to=senior-product-lead",
            await RedirectAsync(client, "/roles/compare?from=product-manager&to=senior-product-manager"));
        Assert.Equal("/reading?role=senior-product-lead&kind=book", await RedirectAsync(client, "/reading?role=senior-product-manager&kind=book"));
        var page = await _app.CreateClient().GetDocumentAsync("/roles/senior-product-manager");
        Assert.Equal("Senior Product Lead", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task A_renamed_skill_keeps_its_old_link_working()
    {
        var client = Client();
        _app.Content.Delete("skills/02-user-focus.md");
        _app.Content.WithSkill(2, "user-centred-design", "User-centred design", chapters: ["work-with-agility"], extraFrontMatter: "aliases: [user-focus]");
        foreach (var role in Handbooks.Roles)
        {
            var levels = role.Levels.ToDictionary(l => l.Key == "user-focus" ? "user-centred-design" : l.Key, l => l.Value);
            _app.Content.WithRole(role.Order, role.Slug, role.Title, role.Stage, levels, chapters: role.Chapters, areas: role.Areas);
        }
        await _app.SyncAsync();
        await AssertNoContentErrorsAsync();

        Assert.Equal("/skills/user-centred-design", await RedirectAsync(client, "/skills/user-focus"));
        using var unknown = await client.GetAsync("/skills/no-such-skill");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<string> RedirectAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task AssertNoContentErrorsAsync()
    {
        using var health = System.Text.Json.JsonDocument.Parse(await Client().GetStringAsync("/healthz"));
        Assert.Empty(health.RootElement.GetProperty("contentErrors").EnumerateArray());
    }

    [Theory]
    [InlineData("/product-management-handbook/sharing", "/chapters/licence")]
    [InlineData("/product-management-handbook/sharing.html", "/chapters/licence")]
    [InlineData("/product-management-handbook/Sharing", "/chapters/licence")]
    [InlineData("/product-management-handbook/", "/")]
    [InlineData("/product-management-handbook", "/")]
    public async Task A_link_saved_to_the_original_site_lands_on_the_same_chapter(string url, string target)
    {
        using var response = await Client().GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_original_slug_is_404()
    {
        using var response = await Client().GetAsync("/product-management-handbook/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_with_absolute_addresses()
    {
        var xml = XDocument.Parse(await Client().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var locations = xml.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/contents", locations);
        Assert.Contains("http://localhost/chapters/work-with-agility", locations);
        Assert.Contains("http://localhost/roles/head-of-product", locations);
        Assert.Contains("http://localhost/skills/user-focus", locations);
        Assert.Equal(6 + 5 + 5 + 3, locations.Count);
        // The fixture's pages give no dates, and the day this store imported them is no page's date.
        Assert.Empty(xml.Descendants(ns + "lastmod"));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_forms_and_admin()
    {
        var robots = await Client().GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /suggest", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_atom_feed_lists_the_change_notes_of_pages_newest_first_dated_by_the_content()
    {
        var client = Client();
        _app.Content.WithChapter("preface", 2, "licence", "Licence", frontMatter:
            "aliases: [sharing]\nchanges:\n  - date: 2025-04-02\n    note: \"Added attribution wording.\"\n  - date: 2024-11-20\n    note: \"First published.\"");
        _app.Content.WithChapter("preface", 1, "introduction", "Introduction", frontMatter:
            "changes:\n  - date: 2025-01-15\n    note: \"Rewrote the opening.\"");
        await _app.SyncAsync();

        using var response = await client.GetAsync("/changes.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(["Added attribution wording.", "Rewrote the opening.", "First published."], entries.Select(e => e.Element(atom + "summary")!.Value));
        Assert.Equal(["2025-04-02T00:00:00Z", "2025-01-15T00:00:00Z", "2024-11-20T00:00:00Z"], entries.Select(e => e.Element(atom + "updated")!.Value));
        Assert.Equal("Licence", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("http://localhost/chapters/licence#updates", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(["http://localhost/chapters/licence#update-2", "http://localhost/chapters/introduction#update-1", "http://localhost/chapters/licence#update-1"],
            entries.Select(e => e.Element(atom + "id")!.Value));
        Assert.Equal("2025-04-02T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public async Task A_fresh_store_of_the_same_content_gives_the_same_feed_and_sitemap()
    {
        _app.Content.WithChapter("preface", 2, "licence", "Licence", frontMatter:
            "aliases: [sharing]\nchanges:\n  - date: 2025-04-02\n    note: \"Added attribution wording.\"");
        await _app.SyncAsync();
        var feed = await Client().GetStringAsync("/changes.atom");
        var sitemap = await Client().GetStringAsync("/sitemap.xml");

        using var redeployed = new HandbookFactory(_app.Content).WithTime(new FixedTime(SyncedAt.AddDays(40)));
        var client = redeployed.CreateClient();

        Assert.Equal(feed, await client.GetStringAsync("/changes.atom"));
        Assert.Equal(sitemap, await client.GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task Every_page_links_to_the_feed()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("/changes.atom", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }
}
