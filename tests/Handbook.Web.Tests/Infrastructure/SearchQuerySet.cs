namespace Handbook.Web.Tests.Infrastructure;

/// <summary>
/// The shared set of queries and the pages that must be in their top three results
/// (tests/search-queries.tsv), which both engines run over the repository's content and the
/// benchmark scores.
/// </summary>
public static class SearchQuerySet
{
    public static readonly string File = Path.Combine(SourceFacts.RepositoryRoot, "tests", "search-queries.tsv");

    /// <summary>Each query with the pages that are right for it.</summary>
    public static IReadOnlyList<(string Query, string[] Right)> Rows() =>
        [.. System.IO.File.ReadAllLines(File)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1].Split('|', StringSplitOptions.TrimEntries)))];

    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var query in Rows().Select(r => r.Query).Distinct())
        {
            data.Add(query);
        }
        return data;
    }

    /// <summary>Asserts that every page the set names for the query is in the top three of <paramref name="results"/>.</summary>
    public static void AssertInTopThree(string query, IReadOnlyList<string> results)
    {
        foreach (var (_, right) in Rows().Where(r => r.Query == query))
        {
            var top = results.Take(3).ToList();
            Assert.True(top.Any(u => right.Any(r => u == r || u.StartsWith(r + "#", StringComparison.Ordinal))),
                $"'{query}': none of {string.Join(", ", right)} in the top three, which are: {string.Join(", ", top)}");
        }
    }
}
