using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests.Postgres;

/// <summary>One app on PostgreSQL over the repository's content/, made when the first test asks for it.</summary>
public sealed class PostgresRealContentApp : IAsyncLifetime
{
    private readonly Lazy<Task<(TestDatabase Database, HandbookFactory App)>> _made = new(async () =>
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        return (database, PostgresServer.Instance(ContentBuilder.Existing(SourceFacts.ContentFolder), database));
    });

    public async Task<HandbookFactory> GetAsync() => (await _made.Value).App;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_made.IsValueCreated)
        {
            var (database, app) = await _made.Value;
            app.Dispose();
            await database.DisposeAsync();
        }
    }
}

/// <summary>On PostgreSQL, the shared query set gives the same right pages in the top three as on SQLite (<see cref="SearchQueriesOnRealContent"/>).</summary>
public sealed class PostgresSearchQueries(PostgresRealContentApp fixture) : IClassFixture<PostgresRealContentApp>
{
    [PostgresTheory]
    [MemberData(nameof(SearchQuerySet.Queries), MemberType = typeof(SearchQuerySet))]
    public async Task A_query_readers_type_has_a_right_page_in_its_top_three(string query)
    {
        var app = await fixture.GetAsync();
        var page = await app.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        SearchQuerySet.AssertInTopThree(query, [.. page.QuerySelectorAll(".hb-search-result__title a").Select(a => a.GetAttribute("href")!)]);
    }
}
