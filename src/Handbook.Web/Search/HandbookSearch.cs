using System.Net;
using Handbook.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Search;

/// <summary>One page found by a search, linking to the section where the match is.</summary>
public sealed record SearchResult(string Url, string Title, string? Section, IHtmlContent Snippet);

/// <summary>
/// Searches the store's full-text index. A page whose title matches ranks above one where only a
/// heading matches, which ranks above one where only the text matches; within each, by relevance.
/// Each page appears once, linked to its best-matching section.
/// </summary>
public sealed class HandbookSearch(HandbookDbContext db)
{
    private const int MaxHits = 500;

    public async Task<IReadOnlyList<SearchResult>> FindAsync(string? input, int limit, CancellationToken cancellationToken)
    {
        var phrases = SearchQuery.Phrases(input);
        if (phrases.Count == 0)
        {
            return [];
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await FindOnOpenConnectionAsync(phrases, limit, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<IReadOnlyList<SearchResult>> FindOnOpenConnectionAsync(IReadOnlyList<string> phrases, int limit, CancellationToken cancellationToken)
    {
        var hits = await db.FullText.FindAsync(phrases, MaxHits, cancellationToken);
        var pages = hits
            .GroupBy(h => h.Path)
            .Select(page =>
            {
                var tier = page.Any(h => h.InTitle) ? 1 : page.Any(h => h.InHeading) ? 2 : 3;
                var best = page.Where(h => h.InHeading).MinBy(h => h.Rank)
                    ?? page.Where(h => h.InBody).MinBy(h => h.Rank)
                    ?? page.FirstOrDefault(h => h.Anchor.Length == 0)
                    ?? page.MinBy(h => h.Rank)!;
                return (Tier: tier, Best: best);
            })
            .OrderBy(p => p.Tier).ThenBy(p => p.Best.Rank)
            .Take(limit)
            .Select(p => p.Best)
            .ToList();
        if (pages.Count == 0)
        {
            return [];
        }

        var snippets = await db.FullText.SnippetsAsync(phrases, [.. pages.Select(h => h.Id)], cancellationToken);
        return pages
            .Select(best => new SearchResult(
                best.Anchor.Length == 0 ? best.Path : $"{best.Path}#{best.Anchor}",
                best.Title,
                best.Heading.Length == 0 ? null : best.Heading,
                Highlight(snippets.GetValueOrDefault(best.Id, ""))))
            .ToList();
    }

    /// <summary>Encodes the snippet, then turns the index's markers into &lt;mark&gt; elements.</summary>
    private static HtmlString Highlight(string snippet) => new(WebUtility.HtmlEncode(snippet)
        .Replace(FullTextIndex.HighlightStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(FullTextIndex.HighlightEnd.ToString(), "</mark>", StringComparison.Ordinal));
}
