using System.Globalization;
using Handbook.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Handbook.Web.Data.Postgres;

/// <summary>
/// Search with PostgreSQL's full-text engine and its English (Snowball) stemmer. The title, heading
/// and text of each entry are weighted A, B and C in one vector, ranked 10 : 4 : 1 as on SQLite, and
/// kept in vectors of their own to tell in which columns every phrase is.
/// </summary>
public sealed class PostgresFullTextIndex(PostgresHandbookDbContext db) : FullTextIndex
{
    /// <summary>The statements the migration runs: the table, its vectors (kept by PostgreSQL) and indexes.</summary>
    public static readonly string[] CreateTableSql =
    [
        """
        CREATE TABLE "SearchEntries" (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            path text NOT NULL,
            anchor text NOT NULL,
            title text NOT NULL,
            heading text NOT NULL,
            body text NOT NULL,
            title_terms tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED,
            heading_terms tsvector GENERATED ALWAYS AS (to_tsvector('english', heading)) STORED,
            body_terms tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED,
            terms tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', title), 'A') ||
                setweight(to_tsvector('english', heading), 'B') ||
                setweight(to_tsvector('english', body), 'C')) STORED)
        """,
        """CREATE INDEX "IX_SearchEntries_terms" ON "SearchEntries" USING GIN (terms)""",
        """CREATE INDEX "IX_SearchEntries_path" ON "SearchEntries" (path)""",
    ];

    /// <summary>
    /// ts_rank's weights for D, C, B and A (unused, text, heading, title), at most 1: <see cref="FullTextIndex.Weight"/>
    /// over the title's, so "'{0, 0.1, 0.4, 1.0}'".
    /// </summary>
    private static readonly string Weights = string.Create(CultureInfo.InvariantCulture,
        $"'{{0, {Weight.Text / Weight.Title:0.0##}, {Weight.Heading / Weight.Title:0.0##}, {Weight.Title / Weight.Title:0.0##}}}'");

    public override async Task ApplyAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken)
    {
        var entries = changes.SelectMany(EntriesOf).ToList();
        await using var delete = Command("""DELETE FROM "SearchEntries" WHERE path = ANY($1)""");
        delete.Parameters.Add(new NpgsqlParameter { Value = changes.Select(c => c.Path).ToArray() });
        await delete.ExecuteNonQueryAsync(cancellationToken);

        // One statement for the whole sync: the rows go over as five arrays.
        await using var insert = Command("""
            INSERT INTO "SearchEntries" (path, anchor, title, heading, body)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
            """);
        insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Path).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Anchor).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Title).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Heading).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Body).ToArray() });
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Sections ranked at once, before they are grouped into pages.</summary>
    private const int MaxSections = 500;

    public override async Task<IReadOnlyList<PageHit>> FindAsync(SearchTerms terms, int limit, CancellationToken cancellationToken)
    {
        var sections = await RankedSectionsAsync(terms, cancellationToken);
        var pages = sections
            .GroupBy(s => s.Path)
            .Select(page =>
            {
                var tier = TierOf(page.Any(s => s.InTitle), page.Any(s => s.InHeading));
                var best = page.Where(s => s.InHeading).MinBy(s => s.Rank)
                    ?? page.Where(s => s.InBody).MinBy(s => s.Rank)
                    ?? page.FirstOrDefault(s => s.Anchor.Length == 0)
                    ?? page.MinBy(s => s.Rank)!;
                return (Tier: tier, Best: best);
            })
            .OrderBy(p => p.Tier).ThenBy(p => p.Best.Rank)
            .Take(limit)
            .ToList();
        if (pages.Count == 0)
        {
            return [];
        }

        var snippets = await SnippetsAsync(terms, [.. pages.Select(p => p.Best.Id)], cancellationToken);
        // A page found by its title is the answer itself: it links to the page, not to a section.
        return pages
            .Select(p => p.Tier == Tier.Title
                ? new PageHit(p.Best.Path, p.Best.Title, "", "", snippets.GetValueOrDefault(p.Best.Id, ""))
                : new PageHit(p.Best.Path, p.Best.Title, p.Best.Anchor, p.Best.Heading, snippets.GetValueOrDefault(p.Best.Id, "")))
            .ToList();
    }

    /// <summary>A section containing every phrase, with the columns where they all are and its relevance (lower is better).</summary>
    private sealed record RankedSection(long Id, string Path, string Anchor, string Title, string Heading, bool InTitle, bool InHeading, bool InBody, double Rank);

    private async Task<List<RankedSection>> RankedSectionsAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        var phrases = terms.Groups.SelectMany(g => g).ToList();
        await using var command = Command($"""
            WITH q AS (SELECT {Query(terms)} AS query)
            SELECT e.id, e.path, e.anchor, e.title, e.heading,
                   e.title_terms @@ q.query, e.heading_terms @@ q.query, e.body_terms @@ q.query,
                   ts_rank({Weights}, e.terms, q.query)
            FROM "SearchEntries" e, q
            WHERE e.terms @@ q.query
            ORDER BY 9 DESC, e.id
            LIMIT {MaxSections}
            """, phrases);
        var sections = new List<RankedSection>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sections.Add(new RankedSection(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetBoolean(5), reader.GetBoolean(6), reader.GetBoolean(7), -reader.GetFloat(8)));
        }
        return sections;
    }

    private async Task<Dictionary<long, string>> SnippetsAsync(SearchTerms terms, long[] ids, CancellationToken cancellationToken)
    {
        var phrases = terms.Groups.SelectMany(g => g).ToList();
        await using var command = Command($"""
            SELECT id, ts_headline('english', body, {Query(terms)}, ${phrases.Count + 1})
            FROM "SearchEntries" WHERE id = ANY(${phrases.Count + 2})
            """, phrases);
        command.Parameters.Add(new NpgsqlParameter { Value = $"StartSel={HighlightStart}, StopSel={HighlightEnd}, MaxWords=24, MinWords=12, MaxFragments=1" });
        command.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        var snippets = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            snippets[reader.GetInt64(0)] = reader.GetString(1);
        }
        return snippets;
    }

    /// <summary>
    /// Phrase queries over parameters $1…$n, in the order of the groups' phrases: a group's joined
    /// with OR, the groups with AND (or OR, when any group will do).
    /// </summary>
    private static string Query(SearchTerms terms)
    {
        var next = 1;
        var groups = terms.Groups.Select(g => "(" + string.Join(" || ", g.Select(_ => $"phraseto_tsquery('english', ${next++})")) + ")").ToList();
        return string.Join(terms.MatchAll ? " && " : " || ", groups);
    }

    public override async IAsyncEnumerable<string> TextsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command("""SELECT title, heading, body FROM "SearchEntries" """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
            yield return reader.GetString(1);
            yield return reader.GetString(2);
        }
    }

    private NpgsqlCommand Command(string sql, IReadOnlyList<string>? phrases = null)
    {
        var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var phrase in phrases ?? [])
        {
            command.Parameters.Add(new NpgsqlParameter { Value = phrase });
        }
        return command;
    }
}
