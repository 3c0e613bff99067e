using System.Net;
using System.Text.Json;
using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>Search with the words readers use: the glossary's abbreviations, questions, other spellings, misspellings, and suggestions as they type.</summary>
public sealed class SearchAsReadersAsk : IDisposable
{
    private readonly HandbookFactory _app = new(WithGlossary(Handbooks.ForSearch()
        .WithChapter("basics", 7, "simplicity", "Simplicity", body: "## Minimum viable product\n\nBuild the least that tests the idea.")));

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private static ContentBuilder WithGlossary(ContentBuilder content) => content.WithFile("glossary.md", """
        ---
        title: "Glossary"
        summary: "The words the handbook uses."
        terms:
          - term: "Minimum viable product"
            also: [MVP]
            means: "The least you can build to learn whether an idea works."
            see: "simplicity#minimum-viable-product"
          - term: "Associate product manager"
            also: [APM]
            means: "The first role on the pathway."
            see: "roles/associate-product-manager"
          - term: "Backlog"
            means: "The ordered list of work still to do."
            see: "scrum-framework"
        ---
        Terms A to Z.
        """);

    private async Task<List<(string Url, string Title, string Kind)>> SearchAsync(string query)
    {
        var page = await _app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.QuerySelectorAll(".hb-search-result")
            .Select(r => (r.QuerySelector(".hb-search-result__title a")!.GetAttribute("href")!, r.QuerySelector(".hb-search-result__title a")!.Text(), r.QuerySelector(".hb-search-result__kind")!.Text().Trim()))
            .ToList();
    }

    [Fact]
    public async Task The_glossary_page_lists_every_term_a_to_z_with_an_anchor_its_other_words_and_where_it_is_explained()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/glossary");

        Assert.Equal(["A", "B", "M"], page.QuerySelectorAll("main h2[id^='letter-']").Select(h => h.Text()));
        Assert.Equal(["#letter-a", "#letter-b", "#letter-m"], page.QuerySelectorAll(".hb-glossary-letters a").Select(a => a.GetAttribute("href")!));
        var mvp = page.QuerySelector("#minimum-viable-product")!;
        Assert.Equal("Minimum viable product", mvp.QuerySelector("dt")!.Text());
        Assert.Equal("Also: MVP", mvp.QuerySelector(".hb-glossary__also")!.Text());
        Assert.Equal("/chapters/simplicity#minimum-viable-product", mvp.QuerySelector(".hb-glossary__see a")!.GetAttribute("href"));
        Assert.Equal("Minimum viable product, in Simplicity", mvp.QuerySelector(".hb-glossary__see a")!.Text());
        Assert.Equal("/roles/associate-product-manager", page.QuerySelector("#associate-product-manager .hb-glossary__see a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_abbreviation_finds_what_its_term_finds()
    {
        var byTerm = await SearchAsync("minimum viable product");
        var byAbbreviation = await SearchAsync("MVP");

        Assert.Contains(("/chapters/simplicity#minimum-viable-product", "Simplicity: Minimum viable product", "Chapter"), byAbbreviation);
        Assert.Contains(("/glossary#minimum-viable-product", "Minimum viable product", "Glossary"), byAbbreviation);
        Assert.Equal(byTerm.Select(r => r.Url).Order(), byAbbreviation.Select(r => r.Url).Order());
    }

    [Fact]
    public async Task An_abbreviation_for_a_role_puts_the_role_first()
    {
        Assert.Equal(("/roles/associate-product-manager", "Role"), (await SearchAsync("APM")).Select(r => (r.Url, r.Kind)).First());
    }

    [Fact]
    public async Task A_question_that_names_a_role_ranks_the_role_first()
    {
        var results = await SearchAsync("what does a lead product manager do");

        Assert.Equal(("/roles/lead-product-manager", "Lead Product Manager", "Role"), results[0]);
    }

    [Fact]
    public async Task Common_words_neither_block_nor_drown_a_result()
    {
        var results = await SearchAsync("how do I say no");

        Assert.Equal("/chapters/delivery#saying-no", results[0].Url);
        Assert.Equal(await SearchAsync("say no"), results);
    }

    [Fact]
    public async Task When_every_word_together_finds_little_the_best_matches_for_most_of_them_follow()
    {
        Assert.Empty(await SearchAsync("\"roadmap themes unicorns\""));

        var results = await SearchAsync("roadmap themes unicorns");

        Assert.Equal("/chapters/roadmaps#themes", results[0].Url);
    }

    [Fact]
    public async Task British_and_american_spellings_find_each_other()
    {
        var british = await SearchAsync("prioritisation");
        var american = await SearchAsync("prioritization");

        Assert.NotEmpty(british);
        Assert.Equal(british.Select(r => r.Url), american.Select(r => r.Url));
    }

    [Fact]
    public async Task A_misspelt_word_is_offered_the_handbooks_own_word_and_never_a_guess_outside_it()
    {
        var client = _app.CreateClient();

        var misspelt = await client.GetDocumentAsync("/search?q=prioritsation");
        var nonsense = await client.GetDocumentAsync("/search?q=zqxwvy");
        var known = await client.GetDocumentAsync("/search?q=prioritisation");

        Assert.Equal("Did you mean prioritisation?", misspelt.QuerySelector(".hb-did-you-mean")!.Text().Trim());
        Assert.Equal("/search?q=prioritisation", misspelt.QuerySelector(".hb-did-you-mean a")!.GetAttribute("href"));
        Assert.Null(nonsense.QuerySelector(".hb-did-you-mean"));
        Assert.Null(known.QuerySelector(".hb-did-you-mean"));
    }

    [Fact]
    public async Task Each_result_says_whether_it_is_a_chapter_a_role_a_skill_or_a_glossary_entry()
    {
        var kinds = (await SearchAsync("product")).Select(r => (SectionOf(r.Url), r.Kind)).Distinct().ToList();

        Assert.Contains(("roles", "Role"), kinds);
        Assert.Contains(("skills", "Skill"), kinds);
        Assert.Contains(("glossary", "Glossary"), kinds);
        Assert.All((await SearchAsync("sprints")).Select(r => (SectionOf(r.Url), r.Kind)), k => Assert.Equal(("chapters", "Chapter"), k));
    }

    private static string SectionOf(string url) => url.Split('/', '#')[1];

    [Fact]
    public async Task Suggestions_as_you_type_are_titles_starting_with_the_words_typed_and_are_cached()
    {
        var client = _app.CreateClient();

        using var first = await client.GetAsync("/search/suggest?q=assoc");
        using var second = await client.GetAsync("/search/suggest?q=assoc");
        using var tooShort = await client.GetAsync("/search/suggest?q=a");

        Assert.Equal("application/json", first.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var suggestions = json.RootElement.EnumerateArray().Select(s => (s.GetProperty("title").GetString(), s.GetProperty("url").GetString(), s.GetProperty("kind").GetString())).ToList();
        Assert.Equal(("Associate Product Manager", "/roles/associate-product-manager", "Role"), suggestions[0]);
        Assert.Contains(("Associate role", "/chapters/associate-product-manager-role", "Chapter"), suggestions);
        Assert.Contains(("Associate product manager", "/glossary#associate-product-manager", "Glossary"), suggestions);
        // Kept in the page cache (the same tag, sent with its length) and by any cache in front.
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotNull(second.Content.Headers.ContentLength);
        Assert.True(second.Headers.CacheControl!.Public, second.Headers.CacheControl.ToString());
        Assert.Equal("[]", await tooShort.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_glossary_with_an_error_keeps_the_last_good_one_and_names_the_line()
    {
        Assert.NotNull((await _app.CreateClient().GetDocumentAsync("/glossary")).QuerySelector("#backlog"));
        _app.Content.WithFile("glossary.md", File.ReadAllText(_app.Content.FullPath("glossary.md")).Replace("see: \"scrum-framework\"", "see: \"no-such-chapter\"", StringComparison.Ordinal));
        var sync = await _app.SyncAsync();

        var page = await _app.CreateClient().GetDocumentAsync("/glossary");

        Assert.NotNull(page.QuerySelector("#backlog"));
        var issue = Assert.Single(sync.Errors);
        Assert.Equal("glossary.md", issue.Path);
        Assert.Contains("leads to no chapter", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_glossary_the_glossary_page_is_not_found()
    {
        Assert.NotEmpty(await SearchAsync("MVP"));
        _app.Content.Delete("glossary.md");
        await _app.SyncAsync();

        using var response = await _app.CreateClient().GetAsync("/glossary");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await SearchAsync("MVP"));
    }

    [Fact]
    public async Task The_sitemap_lists_the_glossary_when_there_is_one()
    {
        Assert.Contains("<loc>http://localhost/glossary</loc>", await _app.CreateClient().GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }
}
