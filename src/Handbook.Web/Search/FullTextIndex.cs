using System.Data.Common;
using Handbook.Web.Data;

namespace Handbook.Web.Search;

/// <summary>
/// A section of a page that contains every phrase searched for, with the columns where they all are
/// and the engine's relevance (lower is better).
/// </summary>
public sealed record SearchHit(long Id, string Path, string Anchor, string Title, string Heading, bool InTitle, bool InHeading, bool InBody, double Rank);

/// <summary>
/// The store's full-text engine: one entry per section of every chapter, role and skill, with the
/// page title, the heading and the text searched and ranked title first, then heading, then text.
/// The content sync keeps it current; <see cref="HandbookSearch"/> reads it. Every method runs on
/// the context's connection, which the caller has opened (the sync's transaction, or the search).
/// </summary>
public abstract class FullTextIndex
{
    /// <summary>Marks where a snippet's match starts and ends; the search page turns them into &lt;mark&gt;.</summary>
    public const char HighlightStart = '\u0002';
    public const char HighlightEnd = '\u0003';

    /// <summary>Brings the index in line with the pages a sync added, changed or removed.</summary>
    public abstract Task ApplyAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> sections containing every phrase, best first.</summary>
    public abstract Task<IReadOnlyList<SearchHit>> FindAsync(IReadOnlyList<string> phrases, int limit, CancellationToken cancellationToken);

    /// <summary>A short extract of each section's text around the phrases, marked with <see cref="HighlightStart"/> and <see cref="HighlightEnd"/>.</summary>
    public abstract Task<IReadOnlyDictionary<long, string>> SnippetsAsync(IReadOnlyList<string> phrases, IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Reads (id, snippet) rows.</summary>
    protected static async Task<IReadOnlyDictionary<long, string>> ReadSnippetsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var snippets = new Dictionary<long, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            snippets[reader.GetInt64(0)] = reader.GetString(1);
        }
        return snippets;
    }

    /// <summary>An index entry: a page's section, or its summary when it has no sections.</summary>
    protected sealed record Entry(string Path, string Anchor, string Title, string Heading, string Body);

    /// <summary>The entries a changed page should have (none when it was removed).</summary>
    protected static IEnumerable<Entry> EntriesOf(DocumentChange change)
    {
        if (change.Kind == ChangeKind.Removed)
        {
            yield break;
        }
        foreach (var section in change.Sections)
        {
            yield return new Entry(change.Path, section.Anchor ?? "", change.Title, section.Heading ?? "", section.Text);
        }
        if (change.Sections.Count == 0)
        {
            yield return new Entry(change.Path, "", change.Title, "", change.Summary);
        }
    }
}
