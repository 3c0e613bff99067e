using Handbook.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Handbook.Web.Data.Sqlite;

/// <summary>
/// Search over an FTS5 table with the Porter stemmer. BM25 weighs a title match above a heading
/// match above a text match; three narrower queries tell in which columns every phrase is.
/// </summary>
public sealed class SqliteFullTextIndex(SqliteHandbookDbContext db) : FullTextIndex
{
    /// <summary>The statement the migration runs. Title, heading and body are searched; path and anchor are carried.</summary>
    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE SearchEntries USING fts5(path UNINDEXED, anchor UNINDEXED, title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2')";

    /// <summary>BM25 weights by column (path, anchor, title, heading, body), given as FTS5's rank for each query.</summary>
    private const string Weights = "bm25(0, 0, 10.0, 4.0, 1.0)";

    public override async Task ApplyAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        await using var delete = Command("DELETE FROM SearchEntries WHERE path = $path");
        var deletePath = delete.Parameters.Add("$path", SqliteType.Text);
        await using var insert = Command("INSERT INTO SearchEntries (path, anchor, title, heading, body) VALUES ($path, $anchor, $title, $heading, $body)");
        var (path, anchor, title, heading, body) = (
            insert.Parameters.Add("$path", SqliteType.Text), insert.Parameters.Add("$anchor", SqliteType.Text),
            insert.Parameters.Add("$title", SqliteType.Text), insert.Parameters.Add("$heading", SqliteType.Text),
            insert.Parameters.Add("$body", SqliteType.Text));

        foreach (var change in changes)
        {
            // The path column is not indexed, so a delete reads the whole table: only pages that were
            // already in the index need one (a first import of 5,000 chapters would otherwise take minutes).
            if (change.Kind != ChangeKind.Added)
            {
                deletePath.Value = change.Path;
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var entry in EntriesOf(change))
            {
                (path.Value, anchor.Value, title.Value, heading.Value, body.Value) = (entry.Path, entry.Anchor, entry.Title, entry.Heading, entry.Body);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public override async Task<IReadOnlyList<SearchHit>> FindAsync(IReadOnlyList<string> phrases, int limit, CancellationToken cancellationToken)
    {
        var match = MatchExpression(phrases);

        // "ORDER BY rank" lets FTS5 rank inside the index and hand back only the best rows; the same
        // BM25 in an ORDER BY of ours would be computed for every match and sorted by SQLite (several
        // times slower for a word found in thousands of sections). Only row ids come back here: the
        // rows' other columns are read for the chosen ones below, without their long text.
        var ranked = new List<(long Id, double Rank)>();
        await using (var command = Command("SELECT rowid, rank FROM SearchEntries WHERE SearchEntries MATCH $match AND rank MATCH $weights ORDER BY rank LIMIT $limit"))
        {
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$weights", Weights);
            command.Parameters.AddWithValue("$limit", limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
            }
        }
        if (ranked.Count == 0)
        {
            return [];
        }

        var inTitle = await RowIdsAsync($"title : ({match})", cancellationToken);
        var inHeading = await RowIdsAsync($"heading : ({match})", cancellationToken);
        var inBody = await RowIdsAsync($"body : ({match})", cancellationToken);
        var heads = await HeadsAsync(ranked.Select(r => r.Id), cancellationToken);
        return ranked
            .Select(r =>
            {
                var (path, anchor, title, heading) = heads[r.Id];
                return new SearchHit(r.Id, path, anchor, title, heading, inTitle.Contains(r.Id), inHeading.Contains(r.Id), inBody.Contains(r.Id), r.Rank);
            })
            .ToList();
    }

    public override async Task<IReadOnlyDictionary<long, string>> SnippetsAsync(IReadOnlyList<string> phrases, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT rowid, snippet(SearchEntries, 4, char({(int)HighlightStart}), char({(int)HighlightEnd}), '…', 24) FROM SearchEntries " +
            $"WHERE SearchEntries MATCH $match AND rowid IN ({string.Join(',', ids)})");
        command.Parameters.AddWithValue("$match", MatchExpression(phrases));
        return await ReadSnippetsAsync(command, cancellationToken);
    }

    /// <summary>Each phrase quoted, so FTS5 reads it as words and never as syntax.</summary>
    public static string MatchExpression(IReadOnlyList<string> phrases) => string.Join(' ', phrases.Select(p => $"\"{p}\""));

    /// <summary>
    /// Every section where all the phrases are in one column (such as <c>title : (…)</c>). Finding
    /// matches without ranking them is cheap, so none is left out of the tiers however common the word.
    /// </summary>
    private async Task<HashSet<long>> RowIdsAsync(string match, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT rowid FROM SearchEntries WHERE SearchEntries MATCH $match");
        command.Parameters.AddWithValue("$match", match);
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    /// <summary>Path, anchor, title and heading of the given sections, looked up by row id.</summary>
    private async Task<Dictionary<long, (string Path, string Anchor, string Title, string Heading)>> HeadsAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT rowid, path, anchor, title, heading FROM SearchEntries WHERE rowid IN ({string.Join(',', ids)})");
        var heads = new Dictionary<long, (string, string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            heads[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }
        return heads;
    }

    private SqliteCommand Command(string sql)
    {
        var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
