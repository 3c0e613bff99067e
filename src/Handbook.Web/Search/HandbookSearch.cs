using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;
using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Search;

/// <summary>One page found by a search, linking to the section where the match is.</summary>
public sealed record SearchResult(string Url, string Title, string? Section, IHtmlContent Snippet);

/// <summary>
/// Searches the FTS5 index. A page whose title matches ranks above one where only a heading matches,
/// which ranks above one where only the text matches; within each, by BM25. Each page appears once,
/// linked to its best-matching section.
/// </summary>
public sealed class HandbookSearch(HandbookDbContext db)
{
    private const int MaxRows = 500;
    private const char HighlightStart = '\u0002';
    private const char HighlightEnd = '\u0003';

    public async Task<IReadOnlyList<SearchResult>> FindAsync(string? input, int limit, CancellationToken cancellationToken)
    {
        var match = SearchQuery.ToMatchExpression(input);
        if (match is null)
        {
            return [];
        }
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var rows = await RowsAsync(connection, match, cancellationToken);
            var inTitle = await RowIdsAsync(connection, $"title : ({match})", cancellationToken);
            var inHeading = await RowIdsAsync(connection, $"heading : ({match})", cancellationToken);
            var inBody = await RowIdsAsync(connection, $"body : ({match})", cancellationToken);

            return rows
                .GroupBy(r => r.Path)
                .Select(page =>
                {
                    var tier = page.Any(r => inTitle.Contains(r.RowId)) ? 1 : page.Any(r => inHeading.Contains(r.RowId)) ? 2 : 3;
                    var best = page.Where(r => inHeading.Contains(r.RowId)).MinBy(r => r.Rank)
                        ?? page.Where(r => inBody.Contains(r.RowId)).MinBy(r => r.Rank)
                        ?? page.FirstOrDefault(r => r.Anchor.Length == 0)
                        ?? page.MinBy(r => r.Rank)!;
                    return (Tier: tier, best.Rank, Result: new SearchResult(
                        best.Anchor.Length == 0 ? best.Path : $"{best.Path}#{best.Anchor}",
                        best.Title,
                        best.Heading.Length == 0 ? null : best.Heading,
                        Highlight(best.Snippet)));
                })
                .OrderBy(r => r.Tier).ThenBy(r => r.Rank)
                .Take(limit)
                .Select(r => r.Result)
                .ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Row(long RowId, string Path, string Anchor, string Title, string Heading, string Snippet, double Rank);

    private static async Task<List<Row>> RowsAsync(SqliteConnection connection, string match, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT rowid, path, anchor, title, heading, snippet(SearchEntries, 4, char(2), char(3), '…', 24), bm25(SearchEntries, 0, 0, 10.0, 4.0, 1.0) " +
            $"FROM SearchEntries WHERE SearchEntries MATCH $match ORDER BY rank LIMIT {MaxRows}";
        command.Parameters.AddWithValue("$match", match);
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetDouble(6)));
        }
        return rows;
    }

    private static async Task<HashSet<long>> RowIdsAsync(SqliteConnection connection, string match, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM SearchEntries WHERE SearchEntries MATCH $match LIMIT {MaxRows}";
        command.Parameters.AddWithValue("$match", match);
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    /// <summary>Encodes the snippet, then turns FTS5's markers into &lt;mark&gt; elements.</summary>
    private static HtmlString Highlight(string snippet) => new(WebUtility.HtmlEncode(snippet)
        .Replace(HighlightStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(HighlightEnd.ToString(), "</mark>", StringComparison.Ordinal));
}
