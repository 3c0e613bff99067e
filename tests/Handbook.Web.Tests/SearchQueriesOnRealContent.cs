using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>The app over the repository's content/, for the shared query set.</summary>
public sealed class RealContentSearchApp : IDisposable
{
    public HandbookFactory App { get; } = new(ContentBuilder.Existing(SourceFacts.ContentFolder));

    public void Dispose() => App.Dispose();
}

/// <summary>On SQLite, each query of the shared set (tests/search-queries.tsv) has its right pages in its top three.</summary>
public sealed class SearchQueriesOnRealContent(RealContentSearchApp fixture) : IClassFixture<RealContentSearchApp>
{
    [Theory]
    [MemberData(nameof(SearchQuerySet.Queries), MemberType = typeof(SearchQuerySet))]
    public async Task A_query_readers_type_has_a_right_page_in_its_top_three(string query)
    {
        var page = await fixture.App.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        SearchQuerySet.AssertInTopThree(query, [.. page.QuerySelectorAll(".hb-search-result__title a").Select(a => a.GetAttribute("href")!)]);
    }
}
