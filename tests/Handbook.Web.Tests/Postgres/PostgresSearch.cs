using System.Net;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests.Postgres;

/// <summary>One app on PostgreSQL with the search fixture, made when the first test asks for it.</summary>
public sealed class PostgresSearchApp : IAsyncLifetime
{
    private readonly Lazy<Task<(TestDatabase Database, HandbookFactory App)>> _made = new(async () =>
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        return (database, PostgresServer.Instance(Handbooks.ForSearch(), database));
    });

    public async Task<HandbookFactory> GetAsync() => (await _made.Value).App;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (!_made.IsValueCreated)
        {
            return;
        }
        var (database, app) = await _made.Value;
        app.Dispose();
        app.Content.Dispose();
        await database.DisposeAsync();
    }
}

/// <summary>Search on PostgreSQL's full-text engine behaves as it does on SQLite's (see <see cref="SearchPageOnGet"/>).</summary>
public sealed class PostgresSearch(PostgresSearchApp fixture) : IClassFixture<PostgresSearchApp>
{
    private async Task<List<string>> SearchAsync(string query)
    {
        var app = await fixture.GetAsync();
        var page = await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.QuerySelectorAll(".hb-search-result__title a").Select(a => a.GetAttribute("href")!).ToList();
    }

    [PostgresFact]
    public async Task A_title_match_beats_a_heading_match_beats_body_text()
    {
        Assert.Equal(["/chapters/prioritisation", "/chapters/roadmaps#prioritisation", "/chapters/delivery#saying-no"], await SearchAsync("prioritisation"));
    }

    [PostgresFact]
    public async Task Results_link_to_the_heading_and_show_a_highlighted_snippet()
    {
        var app = await fixture.GetAsync();
        var page = await app.CreateClient().GetDocumentAsync("/search?q=themes");

        var result = Assert.Single(page.QuerySelectorAll(".hb-search-result"));
        Assert.Equal("/chapters/roadmaps#themes", result.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("themes", result.QuerySelector("mark")!.TextContent);
    }

    [PostgresTheory]
    [InlineData("prioritising", "/chapters/prioritisation")]
    [InlineData("deliveries", "/chapters/delivery")]
    [InlineData("\"user needs\"", "/chapters/work-with-agility")]
    [InlineData("order work", "/chapters/roadmaps#prioritisation")]
    public async Task Finds_word_forms_phrases_and_several_words(string query, string expectedFirst)
    {
        Assert.Equal(expectedFirst, (await SearchAsync(query)).First());
    }

    [PostgresFact]
    public async Task A_phrase_must_match_in_order()
    {
        Assert.Empty(await SearchAsync("\"needs user\""));
    }

    [PostgresTheory]
    [MemberData(nameof(SearchPageOnGet.OddInputs), MemberType = typeof(SearchPageOnGet))]
    public async Task Never_fails_on_any_input(string query)
    {
        var app = await fixture.GetAsync();
        using var response = await app.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
