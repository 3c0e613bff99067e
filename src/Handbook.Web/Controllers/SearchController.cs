using Handbook.Web.Search;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

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
