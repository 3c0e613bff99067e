using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

[CachedPage]
public sealed class HomeController(HandbookDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var parts = await db.Parts.AsNoTracking()
            .OrderBy(p => p.Order)
            .Select(p => new PartSummary(p.Order, p.Title, p.Slug, p.Summary, p.Pages.Count))
            .ToListAsync(cancellationToken);
        var first = await db.Pages.AsNoTracking()
            .OrderBy(p => p.Sequence)
            .Select(p => new ChapterLinkModel(p.Part.Order, p.Order, p.Title, p.Slug, p.Summary))
            .FirstOrDefaultAsync(cancellationToken);
        var pathway = (await db.Roles.AsNoTracking()
                .OrderBy(r => r.Order)
                .Select(r => new { r.Title, r.Stage, r.Slug })
                .ToListAsync(cancellationToken))
            .Select(r => new PathwayStep(r.Title, ContentRules.Stages[r.Stage], SiteAddress.Role(r.Slug)))
            .ToList();

        return View(new HomeViewModel(
            new PageMeta("Product management handbook",
                "A handbook for product managers in government digital teams: the career pathway, each role, the skills and how to grow them."),
            pathway, first, parts));
    }
}
