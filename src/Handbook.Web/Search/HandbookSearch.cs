using System.Net;
using Handbook.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Search;

/// <summary>One page found by a search, linking to the page (a title match) or to the section where the match is.</summary>
public sealed record SearchResult(string Url, string Title, string? Section, IHtmlContent Snippet);

/// <summary>
/// Searches the store's full-text index. A page whose title matches ranks above one where only a
/// heading matches, which ranks above one where only the text matches; within each, by relevance.
/// Each page appears once: a title match links to the page, any other to its best-matching section.
/// </summary>
public sealed class HandbookSearch(HandbookDbContext db)
{
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
            var hits = await db.FullText.FindAsync(phrases, limit, cancellationToken);
            return hits
                .Select(hit => new SearchResult(
                    hit.Anchor.Length == 0 ? hit.Path : $"{hit.Path}#{hit.Anchor}",
                    hit.Title,
                    hit.Heading.Length == 0 ? null : hit.Heading,
                    Highlight(hit.Snippet)))
                .ToList();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Encodes the snippet, then turns the index's markers into &lt;mark&gt; elements.</summary>
    private static HtmlString Highlight(string snippet) => new(WebUtility.HtmlEncode(snippet)
        .Replace(FullTextIndex.HighlightStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(FullTextIndex.HighlightEnd.ToString(), "</mark>", StringComparison.Ordinal));
}
