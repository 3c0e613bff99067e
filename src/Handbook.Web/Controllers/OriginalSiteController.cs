using Handbook.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>
/// Links saved to the original handbook's site (/product-management-handbook/&lt;slug&gt;) land on the
/// same chapter here: the original slugs are chapters' aliases. The original site's home page
/// (index, its table of contents) lands on the home page, which leads to ours; its README.md was
/// section 1.1, the introduction, and like every other page is found by its alias (<c>readme</c>).
/// </summary>
public sealed class OriginalSiteController(HandbookDbContext db) : Controller
{
    [HttpGet("/product-management-handbook/{slug?}")]
    public async Task<IActionResult> Redirect(string? slug, CancellationToken cancellationToken)
    {
        slug = slug?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true ? slug[..^5] : slug;
        if (string.IsNullOrEmpty(slug) || slug.Equals("index", StringComparison.OrdinalIgnoreCase))
        {
            return RedirectPermanent("/");
        }
        var lowered = slug.ToLowerInvariant();
        var current = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == lowered || p.Aliases.Contains(lowered))
            .Select(p => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        return current is null ? NotFound() : RedirectPermanent(SiteAddress.Chapter(current));
    }
}
