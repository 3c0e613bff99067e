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

    private const string Rank = "bm25(SearchEntries, 0, 0, 10.0, 4.0, 1.0)";

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
        var inTitle = await RowIdsAsync($"title : ({match})", limit, cancellationToken);
        var inHeading = await RowIdsAsync($"heading : ({match})", limit, cancellationToken);
        var inBody = await RowIdsAsync($"body : ({match})", limit, cancellationToken);

        // Ordered by the weighted BM25 itself: FTS5's own "rank" would compute BM25 a second time.
        await using var command = Command($"SELECT rowid, path, anchor, title, heading, {Rank} AS score FROM SearchEntries WHERE SearchEntries MATCH $match ORDER BY score LIMIT $limit");
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            hits.Add(new SearchHit(id, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                inTitle.Contains(id), inHeading.Contains(id), inBody.Contains(id), reader.GetDouble(5)));
        }
        return hits;
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

    private async Task<HashSet<long>> RowIdsAsync(string match, int limit, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT rowid FROM SearchEntries WHERE SearchEntries MATCH $match LIMIT $limit");
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", limit);
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private SqliteCommand Command(string sql)
    {
        var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
