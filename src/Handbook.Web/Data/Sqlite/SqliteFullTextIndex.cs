using System.Globalization;
using Handbook.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Handbook.Web.Data.Sqlite;

/// <summary>
/// Search over FTS5 tables with the Porter stemmer, kept at two sizes: one row a page
/// (<c>SearchPages</c>: its title, all its headings, all its text), which the search ranks, and one
/// row a section (<c>SearchEntries</c>), in which it finds the section to link to and its snippet.
/// A page's sections have consecutive row ids, recorded with the page in <c>SearchPaths</c>, so
/// "the sections of this page" is a range FTS5 reads directly.
/// </summary>
/// <remarks>
/// Ranking is the cost of a full-text search: BM25 is computed for every row that matches. Ranking
/// pages rather than sections does a fifth of that work, and the tiers (title, then headings, then
/// anywhere) stop as soon as the results are full, so a common word is ranked only among the few
/// pages with it in their title.
/// </remarks>
public sealed partial class SqliteFullTextIndex(SqliteHandbookDbContext db) : FullTextIndex
{
    /// <summary>The statements the migrations run, in order. Only the FTS5 columns not marked UNINDEXED are searched.</summary>
    public static readonly string[] CreateTablesSql =
    [
        "CREATE VIRTUAL TABLE SearchEntries USING fts5(path UNINDEXED, anchor UNINDEXED, title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2')",
        "CREATE TABLE SearchPaths (Id INTEGER NOT NULL PRIMARY KEY, Path TEXT NOT NULL UNIQUE, FirstEntry INTEGER NOT NULL, LastEntry INTEGER NOT NULL)",
        "CREATE VIRTUAL TABLE SearchPages USING fts5(title, headings, body, tokenize = 'porter unicode61 remove_diacritics 2')",
    ];

    /// <summary>BM25 weights of a page's columns (title, headings, text): <see cref="FullTextIndex.Weight"/>.</summary>
    private static readonly string PageWeights = string.Create(CultureInfo.InvariantCulture, $"bm25({Weight.Title:0.0}, {Weight.Heading:0.0}, {Weight.Text:0.0})");

    public override async Task ApplyAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        await using var find = Command("SELECT Id, FirstEntry, LastEntry FROM SearchPaths WHERE Path = $path");
        var findPath = find.Parameters.Add("$path", SqliteType.Text);
        await using var deleteEntries = Command("DELETE FROM SearchEntries WHERE rowid BETWEEN $first AND $last");
        var (first, last) = (deleteEntries.Parameters.Add("$first", SqliteType.Integer), deleteEntries.Parameters.Add("$last", SqliteType.Integer));
        await using var deletePage = Command("DELETE FROM SearchPages WHERE rowid = $id; DELETE FROM SearchPaths WHERE Id = $id");
        var deleteId = deletePage.Parameters.Add("$id", SqliteType.Integer);

        await using var insertEntry = Command("INSERT INTO SearchEntries (rowid, path, anchor, title, heading, body) VALUES ($rowid, $path, $anchor, $title, $heading, $body)");
        var (rowid, path, anchor, title, heading, body) = (
            insertEntry.Parameters.Add("$rowid", SqliteType.Integer), insertEntry.Parameters.Add("$path", SqliteType.Text),
            insertEntry.Parameters.Add("$anchor", SqliteType.Text), insertEntry.Parameters.Add("$title", SqliteType.Text),
            insertEntry.Parameters.Add("$heading", SqliteType.Text), insertEntry.Parameters.Add("$body", SqliteType.Text));
        await using var insertPage = Command(
            "INSERT INTO SearchPaths (Path, FirstEntry, LastEntry) VALUES ($path, $first, $last); " +
            "INSERT INTO SearchPages (rowid, title, headings, body) VALUES (last_insert_rowid(), $title, $headings, $body)");
        var (pagePath, pageFirst, pageLast, pageTitle, pageHeadings, pageBody) = (
            insertPage.Parameters.Add("$path", SqliteType.Text), insertPage.Parameters.Add("$first", SqliteType.Integer),
            insertPage.Parameters.Add("$last", SqliteType.Integer), insertPage.Parameters.Add("$title", SqliteType.Text),
            insertPage.Parameters.Add("$headings", SqliteType.Text), insertPage.Parameters.Add("$body", SqliteType.Text));

        // Row ids are given, not left to FTS5, so that each page's sections are one unbroken range.
        var next = await NextEntryIdAsync(cancellationToken);
        foreach (var change in changes)
        {
            // Whatever the change, a page's old rows go first (an indexed lookup, then a range).
            findPath.Value = change.Path;
            var indexed = false;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                if (await reader.ReadAsync(cancellationToken))
                {
                    (deleteId.Value, first.Value, last.Value, indexed) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), true);
                }
            }
            if (indexed)
            {
                await deleteEntries.ExecuteNonQueryAsync(cancellationToken);
                await deletePage.ExecuteNonQueryAsync(cancellationToken);
            }

            var entries = EntriesOf(change).ToList();
            if (entries.Count == 0)
            {
                continue;
            }
            var firstOfPage = next;
            foreach (var entry in entries)
            {
                (rowid.Value, path.Value, anchor.Value, title.Value, heading.Value, body.Value) = (next++, entry.Path, entry.Anchor, entry.Title, entry.Heading, entry.Body);
                await insertEntry.ExecuteNonQueryAsync(cancellationToken);
            }
            (pagePath.Value, pageFirst.Value, pageLast.Value, pageTitle.Value) = (change.Path, firstOfPage, next - 1, change.Title);
            pageHeadings.Value = string.Join('\n', entries.Select(e => e.Heading).Where(h => h.Length > 0));
            pageBody.Value = string.Join('\n', entries.Select(e => e.Body));
            await insertPage.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public override async Task<IReadOnlyList<PageHit>> FindAsync(SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var match = MatchExpression(terms);
        var found = new List<(long Id, Tier Tier)>();
        var seen = new HashSet<long>();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            if (found.Count >= limit)
            {
                break;
            }
            // "ORDER BY rank" lets FTS5 rank inside the index and hand back only the best rows.
            await using var command = Command("SELECT rowid FROM SearchPages WHERE SearchPages MATCH $match AND rank MATCH $weights ORDER BY rank LIMIT $limit");
            command.Parameters.AddWithValue("$match", PageMatch(tier, match));
            command.Parameters.AddWithValue("$weights", PageWeights);
            command.Parameters.AddWithValue("$limit", limit + seen.Count);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken) && found.Count < limit)
            {
                if (seen.Add(reader.GetInt64(0)))
                {
                    found.Add((reader.GetInt64(0), tier));
                }
            }
        }
        if (found.Count == 0)
        {
            return [];
        }

        var pages = await PagesAsync(found.Select(f => f.Id), cancellationToken);
        await using var hitReader = new HitReader(this, match);
        var hits = new List<PageHit>(found.Count);
        foreach (var (id, tier) in found)
        {
            hits.Add(await hitReader.ReadAsync(pages[id], tier, cancellationToken));
        }
        return hits;
    }

    private static string PageMatch(Tier tier, string match) => tier switch
    {
        Tier.Title => $"title : ({match})",
        Tier.Headings => $"headings : ({match})",
        _ => match,
    };

    private static string Snippet(string table, int column) =>
        $"snippet({table}, {column}, char({(int)HighlightStart}), char({(int)HighlightEnd}), '…', 24)";

    private sealed record SearchPath(long Id, string Path, long FirstEntry, long LastEntry);

    private async Task<Dictionary<long, SearchPath>> PagesAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT Id, Path, FirstEntry, LastEntry FROM SearchPaths WHERE Id IN ({string.Join(',', ids)})");
        var pages = new Dictionary<long, SearchPath>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pages[reader.GetInt64(0)] = new SearchPath(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
        }
        return pages;
    }

    private async Task<long> NextEntryIdAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT coalesce(max(rowid), 0) + 1 FROM SearchEntries");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Each phrase quoted, so FTS5 reads it as words and never as syntax; a group's phrases joined by
    /// OR, the groups by AND or by OR.
    /// </summary>
    public static string MatchExpression(SearchTerms terms) =>
        string.Join(terms.MatchAll ? " AND " : " OR ", terms.Groups.Select(g => "(" + string.Join(" OR ", g.Select(p => $"\"{p}\"")) + ")"));

    public override async IAsyncEnumerable<string> TextsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT title, headings, body FROM SearchPages");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
            yield return reader.GetString(1);
            yield return reader.GetString(2);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
