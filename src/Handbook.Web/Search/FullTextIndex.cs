using Handbook.Web.Data;

namespace Handbook.Web.Search;

/// <summary>
/// What a search asks the engine for: groups of phrases, each found by any of its phrases (a word,
/// its other spellings and its synonyms), and whether a page needs every group or any one.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<IReadOnlyList<string>> Groups, bool MatchAll = true)
{
    public static SearchTerms Every(IReadOnlyList<string> phrases) => new([.. phrases.Select(p => (IReadOnlyList<string>)[p])]);
}

/// <summary>
/// A page found by a search: the section to link to (none when the page itself is the answer), its
/// heading, and a snippet of its text with the phrases marked.
/// </summary>
public sealed record PageHit(string Path, string Title, string Anchor, string Heading, string Snippet);

/// <summary>
/// The store's full-text engine over every section of every chapter, role and skill: the page
/// title, the heading and the text, searched and ranked title first, then heading, then text.
/// The content sync keeps it current; <see cref="HandbookSearch"/> reads it. Every method runs on
/// the context's connection, which the caller has opened (the sync's transaction, or the search).
/// </summary>
public abstract class FullTextIndex
{
    /// <summary>Marks where a snippet's match starts and ends; the search page turns them into &lt;mark&gt;.</summary>
    public const char HighlightStart = '\u0002';
    public const char HighlightEnd = '\u0003';

    /// <summary>
    /// The tiers a page can be found in, best first: every phrase in its title, in one of its
    /// headings, or anywhere in it. A page is ranked in the best tier it reaches, then by relevance.
    /// </summary>
    protected enum Tier
    {
        Title = 1,
        Headings = 2,
        Anywhere = 3,
    }

    /// <summary>The tier of a page whose phrases were found in its title, a heading, or neither.</summary>
    protected static Tier TierOf(bool inTitle, bool inHeading) => inTitle ? Tier.Title : inHeading ? Tier.Headings : Tier.Anywhere;

    /// <summary>
    /// How much a match counts in each part of an entry, for both engines' ranking within a tier: a
    /// title ten times the text, a heading four times.
    /// </summary>
    protected static class Weight
    {
        public const double Title = 10;
        public const double Heading = 4;
        public const double Text = 1;
    }

    /// <summary>Brings the index in line with the pages a sync added, changed or removed.</summary>
    public abstract Task ApplyAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> pages containing what <paramref name="terms"/> asks for (every
    /// group, or any, each group by any of its phrases): those with it in their title first, then in
    /// a heading, then anywhere; within each, by relevance.
    /// </summary>
    public abstract Task<IReadOnlyList<PageHit>> FindAsync(SearchTerms terms, int limit, CancellationToken cancellationToken);

    /// <summary>Pages containing every phrase.</summary>
    public Task<IReadOnlyList<PageHit>> FindAsync(IReadOnlyList<string> phrases, int limit, CancellationToken cancellationToken) =>
        FindAsync(SearchTerms.Every(phrases), limit, cancellationToken);

    /// <summary>Every text the index holds (titles, headings, text), one page or section at a time, for the vocabulary behind "Did you mean".</summary>
    public abstract IAsyncEnumerable<string> TextsAsync(CancellationToken cancellationToken);

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
