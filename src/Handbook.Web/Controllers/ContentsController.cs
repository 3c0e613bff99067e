using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

[CachedPage]
public sealed class ContentsController(HandbookDbContext db) : Controller
{
    [HttpGet("/contents")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var parts = await db.Parts.AsNoTracking()
            .OrderBy(p => p.Order)
            .Select(p => new
            {
                p.Order,
                p.Title,
                p.Slug,
                p.Summary,
                p.IntroHtml,
                Chapters = p.Pages.OrderBy(c => c.Order).Select(c => new { c.Order, c.Title, c.Slug, c.Summary }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var model = new ContentsViewModel(
            new PageMeta("Contents", "Every part and chapter of the product management handbook, numbered and in reading order."),
            parts.Select(p => new ContentsPart(p.Order, p.Title, p.Slug, p.Summary, p.IntroHtml,
                p.Chapters.Select(c => new ChapterLinkModel(p.Order, c.Order, c.Title, c.Slug, c.Summary)).ToList()))
            .ToList());
        return View(model);
    }
}
