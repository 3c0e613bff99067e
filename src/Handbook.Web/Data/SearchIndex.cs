using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

/// <summary>
/// The full-text index (an SQLite FTS5 table with the Porter stemmer) that search reads: one row per
/// section of every chapter, role and skill. The sync updates only the pages it changed.
/// </summary>
public sealed class SearchIndex(HandbookDbContext db)
{
    public const string Table = "SearchEntries";

    /// <summary>The statement the migration runs. Title, heading and body are searched; the rest is carried.</summary>
    public const string CreateTableSql =
        "CREATE VIRTUAL TABLE SearchEntries USING fts5(path UNINDEXED, anchor UNINDEXED, title, heading, body, tokenize = 'porter unicode61 remove_diacritics 2')";

    public async Task ApplyAsync(IEnumerable<DocumentChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE path = {change.Path}", cancellationToken);
            if (change.Kind == ChangeKind.Removed)
            {
                continue;
            }
            foreach (var section in change.Sections)
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO SearchEntries (path, anchor, title, heading, body) VALUES ({change.Path}, {section.Anchor ?? ""}, {change.Title}, {section.Heading ?? ""}, {section.Text})",
                    cancellationToken);
            }
            if (change.Sections.Count == 0)
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO SearchEntries (path, anchor, title, heading, body) VALUES ({change.Path}, {""}, {change.Title}, {""}, {change.Summary})",
                    cancellationToken);
            }
        }
    }
}
