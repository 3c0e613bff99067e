using Handbook.Web.Caching;
using Handbook.Web.Search;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

/// <summary>
/// Results change only with the content, so a page of results is cached like any other page (per
/// query and content version): a search many readers make is answered from memory.
/// </summary>
[CachedPage]
public sealed class SearchController(HandbookSearch search, SearchLexicons lexicons) : Controller
{
    private const int MaxResults = 30;
    private const int MaxSuggestions = 8;

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = q?.Trim() ?? "";
        var outcome = await search.FindAsync(query, MaxResults, cancellationToken);
        var title = query.Length == 0 ? "Search" : $"Search results for “{(query.Length > 60 ? query[..60] + "…" : query)}”";
        return View(new SearchViewModel(new PageMeta(title, "Search the product management handbook."), query, outcome.Results) { DidYouMean = outcome.DidYouMean });
    }

    /// <summary>
    /// Suggestions as a reader types in the header's search box: the chapters, roles, skills and
    /// glossary terms whose titles have words starting with what is typed. Made from the lexicon in
    /// memory and kept in the page cache per query, so it is safe to call on every keystroke.
    /// </summary>
    [HttpGet("/search/suggest")]
    public async Task<IActionResult> Suggest(string? q)
    {
        var typed = q is { Length: > SearchQuery.MaxInputLength } ? q[..SearchQuery.MaxInputLength] : q ?? "";
        var lexicon = await lexicons.LexiconAsync();
        var suggestions = typed.Trim().Length < 2 ? [] : lexicon.Suggest(typed, MaxSuggestions);
        return Json(suggestions.Select(s => new { title = s.Title, url = s.Url, kind = SearchViewModel.Label(s.Kind) }));
    }
}
