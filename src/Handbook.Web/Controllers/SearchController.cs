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
public sealed class SearchController(HandbookSearch search) : Controller
{
    private const int MaxResults = 30;

    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = q?.Trim() ?? "";
        var results = await search.FindAsync(query, MaxResults, cancellationToken);
        var title = query.Length == 0 ? "Search" : $"Search results for “{(query.Length > 60 ? query[..60] + "…" : query)}”";
        return View(new SearchViewModel(new PageMeta(title, "Search the product management handbook."), query, results));
    }
}
