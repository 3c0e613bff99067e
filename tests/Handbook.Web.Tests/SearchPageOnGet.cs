using System.Net;
using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class SearchPageOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.ForSearch());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private async Task<List<(string Url, string Title)>> SearchAsync(string query)
    {
        var page = await _app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.QuerySelectorAll(".hb-search-result__title a").Select(a => (a.GetAttribute("href")!, a.Text())).ToList();
    }

    [Fact]
    public async Task A_title_match_beats_a_heading_match_beats_body_text()
    {
        var results = await SearchAsync("prioritisation");

        Assert.Equal(["/chapters/prioritisation", "/chapters/roadmaps#prioritisation", "/chapters/delivery#saying-no"], results.Select(r => r.Url));
    }

    [Fact]
    public async Task Results_link_to_the_heading_and_show_a_highlighted_snippet()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/search?q=themes");

        var result = Assert.Single(page.QuerySelectorAll(".hb-search-result"));
        Assert.Equal("/chapters/roadmaps#themes", result.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Roadmaps: Themes", result.QuerySelector("a")!.Text());
        Assert.Equal("themes", result.QuerySelector("mark")!.Text());
    }

    [Fact]
    public async Task A_title_match_ranks_first_however_many_sections_share_the_word_in_their_title()
    {
        // 111 chapters of five sections each: 555 sections with "zebra" in their page's title, more
        // than the search ranks at once. The chapter read last (its file, 99-zebra.md, sorts last) has
        // the shortest title, which makes its sections the best.
        var content = new ContentBuilder().WithPart(1, "animals", "Animals");
        const string sections = "## One\n\nStripes.\n\n## Two\n\nStripes.\n\n## Three\n\nStripes.\n\n## Four\n\nStripes.\n\n## Five\n\nStripes.";
        foreach (var order in Enumerable.Range(1, 111).Where(o => o != 99))
        {
            content.WithChapter("animals", order, $"zebra-{order}", $"The zebra crossing number {order} of many", body: sections);
        }
        content.WithChapter("animals", 99, "zebra", "Zebra", body: sections);
        using (content)
        using (var app = new HandbookFactory(content))
        {
            var page = await app.CreateClient().GetDocumentAsync("/search?q=zebra");

            Assert.Equal("/chapters/zebra", page.QuerySelector(".hb-search-result__title a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Words_in_different_headings_of_a_page_link_to_the_first_section_that_has_them_all()
    {
        using var content = new ContentBuilder().WithPart(1, "planning", "Planning")
            .WithChapter("planning", 1, "planning-work", "Planning work",
                body: "## Roadmaps\n\nWhat the team means to do next.\n\n## Priorities\n\nRoadmaps set the priorities for the quarter.");
        using var app = new HandbookFactory(content);

        var page = await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString("roadmaps priorities"));

        var result = Assert.Single(page.QuerySelectorAll(".hb-search-result"));
        Assert.Equal("/chapters/planning-work#priorities", result.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Roadmaps", "priorities"], result.QuerySelectorAll("mark").Select(m => m.Text()));
    }

    [Theory]
    [InlineData("prioritising", "/chapters/prioritisation")]
    [InlineData("deliveries", "/chapters/delivery")]
    [InlineData("\"user needs\"", "/chapters/work-with-agility")]
    [InlineData("order work", "/chapters/roadmaps#prioritisation")]
    public async Task Finds_word_forms_phrases_and_several_words(string query, string expectedFirst)
    {
        var results = await SearchAsync(query);

        Assert.Equal(expectedFirst, results.First().Url);
    }

    [Fact]
    public async Task A_phrase_must_match_in_order()
    {
        Assert.Empty(await SearchAsync("\"needs user\""));
    }

    public static TheoryData<string> OddInputs() => new()
    {
        "\"", "\"\"\"", "AND", "OR NOT", "NEAR(a b)", "title:", "*", "-", "^prior", "(", ")", "{title}: x", "a\"b\"c\"",
        "'; DROP TABLE SearchEntries; --", "1' OR '1'='1", "<script>alert(1)</script>", "😀 🚀", "prioritisation 🚀",
        new string('a', 1000), string.Join(' ', Enumerable.Repeat("word", 500)), "\u0000\u0002\u0003", "  ", "%", "_", "\\",
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public async Task Never_fails_on_any_input(string query)
    {
        using var response = await _app.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Every_page_has_a_search_box_in_its_header_that_works_without_javascript()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/roadmaps");

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector($"label[for={form.QuerySelector("input")!.Id}]"));
    }

    [Fact]
    public async Task The_index_follows_the_content_sync_and_no_cached_result_outlives_it()
    {
        Assert.Empty(await SearchAsync("kanban"));
        Assert.Single(await SearchAsync("sprints"));
        _app.Content.WithChapter("basics", 3, "prioritisation", "Ordering work", body: "Choosing what to do first, with kanban.");
        _app.Content.Delete(_app.Content.ChapterPath("basics", 6, "scrum-framework"));

        await _app.SyncAsync();

        Assert.Equal(["/chapters/prioritisation"], (await SearchAsync("kanban")).Select(r => r.Url));
        Assert.Empty(await SearchAsync("sprints"));
    }
}
