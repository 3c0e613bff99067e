using System.Net;
using Handbook.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Search;

/// <summary>One page found by a search, linking to the page (a title match) or to the section where the match is.</summary>
public sealed record SearchResult(string Url, string Title, string? Section, IHtmlContent Snippet, ResultKind Kind);

/// <summary>The results of a search, and a correction of its spelling when it found little and a word is not the handbook's.</summary>
public sealed record SearchOutcome(IReadOnlyList<SearchResult> Results, string? DidYouMean)
{
    public static readonly SearchOutcome None = new([], null);
}

/// <summary>
/// Searches the store's full-text index the way readers ask. Common words are left out; each word
/// also finds its other spelling (British or American), and an abbreviation or synonym in the
/// glossary finds what its term finds. Pages with every word come first; when they are few, pages
/// with all the words but one follow. A page whose whole title the query names (a role, a skill, a
/// chapter) comes first of all. Within that, a page whose title matches ranks above one where only a
/// heading matches, which ranks above one where only the text matches; each page appears once.
/// </summary>
public sealed class HandbookSearch(HandbookDbContext db, SearchLexicons lexicons)
{
    /// <summary>Below this many pages with every word, pages with any of them follow.</summary>
    public const int FewResults = 3;

    public async Task<SearchOutcome> FindAsync(string? input, int limit, CancellationToken cancellationToken)
    {
        var phrases = SearchQuery.Phrases(input);
        if (phrases.Count == 0)
        {
            return SearchOutcome.None;
        }
        var lexicon = await lexicons.LexiconAsync();
        var plan = SearchPlan.Of(phrases, lexicon);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var hits = (await db.FullText.FindAsync(plan.Terms, limit, cancellationToken)).ToList();
            // Few pages with every word: perhaps a word is misspelt, and pages with most words may help.
            var didYouMean = hits.Count < FewResults ? await CorrectionAsync(input!, plan) : null;
            if (hits.Count < FewResults && plan.Terms.Groups.Count > 1)
            {
                hits.AddRange(await MostOfTheWordsAsync(plan.Terms, hits, limit, cancellationToken));
            }
            // A glossary entry is short, so the engine ranks it high for any of its words: the best
            // one stays where it is, and the others follow the pages.
            var glossary = hits.Where(h => SearchLexicon.KindOf(h.Path) == ResultKind.Glossary).Skip(1).ToList();
            var results = hits.Except(glossary).Concat(glossary).Select(ToResult).ToList();
            if ((lexicon.Named(plan.Words) ?? plan.NamedByGlossary(lexicon)) is { } named)
            {
                var at = results.FindIndex(r => r.Url == named.Url || r.Url.StartsWith(named.Url + "#", StringComparison.Ordinal));
                var first = at >= 0 ? results[at] with { Url = named.Url, Section = null } : new SearchResult(named.Url, named.Title, null, HtmlString.Empty, named.Kind);
                if (at >= 0)
                {
                    results.RemoveAt(at);
                }
                results.Insert(0, first);
            }
            return new SearchOutcome([.. results.Take(limit)], didYouMean);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>How many of the query's groups are left out, one at a time, when every group together finds little.</summary>
    private const int MostGroupsTried = 4;

    /// <summary>
    /// The best matches for most of the words: each group left out in turn (every group but one must
    /// be found, which narrows as much as an AND does), the results taken in turn from each, skipping
    /// pages already found.
    /// </summary>
    private async Task<List<PageHit>> MostOfTheWordsAsync(SearchTerms terms, List<PageHit> found, int limit, CancellationToken cancellationToken)
    {
        var lists = new List<IReadOnlyList<PageHit>>();
        for (var left = 0; left < Math.Min(terms.Groups.Count, MostGroupsTried); left++)
        {
            var rest = terms.Groups.Where((_, i) => i != left).ToList();
            lists.Add(await db.FullText.FindAsync(new SearchTerms(rest), limit, cancellationToken));
        }
        var more = new List<PageHit>();
        var seen = found.Select(h => h.Path).ToHashSet(StringComparer.Ordinal);
        for (var rank = 0; more.Count + found.Count < limit && lists.Any(l => rank < l.Count); rank++)
        {
            foreach (var hit in lists.Where(l => rank < l.Count).Select(l => l[rank]))
            {
                if (seen.Add(hit.Path))
                {
                    more.Add(hit);
                }
            }
        }
        return more;
    }

    private static SearchResult ToResult(PageHit hit) => new(
        hit.Anchor.Length == 0 ? hit.Path : $"{hit.Path}#{hit.Anchor}",
        hit.Title,
        hit.Heading.Length == 0 ? null : hit.Heading,
        Highlight(hit.Snippet),
        SearchLexicon.KindOf(hit.Path));

    /// <summary>The query with each word the handbook does not have replaced by its closest word that it does; null if none is.</summary>
    private async Task<string?> CorrectionAsync(string input, SearchPlan plan)
    {
        var vocabulary = await lexicons.VocabularyAsync();
        var corrections = plan.Typed
            .Where(w => !Spellings.IsStopWord(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(w => (Word: w, Correct: vocabulary.Correct(w)))
            .Where(c => c.Correct is not null)
            .ToDictionary(c => c.Word, c => c.Correct!, StringComparer.OrdinalIgnoreCase);
        if (corrections.Count == 0)
        {
            return null;
        }
        return string.Join(' ', SearchLexicon.WordsOf(input).Select(w => corrections.GetValueOrDefault(w, w)));
    }

    /// <summary>Encodes the snippet, then turns the index's markers into &lt;mark&gt; elements.</summary>
    private static HtmlString Highlight(string snippet) => new(WebUtility.HtmlEncode(snippet)
        .Replace(FullTextIndex.HighlightStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(FullTextIndex.HighlightEnd.ToString(), "</mark>", StringComparison.Ordinal));
}
