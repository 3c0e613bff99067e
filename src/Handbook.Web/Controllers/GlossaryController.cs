using Handbook.Web.Caching;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>The glossary, A to Z: each term with its other names, what it means and where the handbook explains it.</summary>
[CachedPage]
public sealed class GlossaryController(HandbookDbContext db) : Controller
{
    [HttpGet(SiteAddress.Glossary)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var glossary = await db.Glossaries.AsNoTracking().OrderBy(g => g.Id).FirstOrDefaultAsync(cancellationToken);
        if (glossary is null)
        {
            return NotFound();
        }
        var places = await PlacesAsync(glossary.Terms, cancellationToken);
        var letters = glossary.Terms
            .GroupBy(t => char.ToUpperInvariant(t.Term[0]))
            .Select(g => new GlossaryLetter(g.Key, [.. g.Select(t => new GlossaryEntryModel(t.Term, t.Anchor, t.Also, t.Means,
                SiteAddress.GlossaryTarget(t.SeeKind, t.SeeSlug, t.SeeAnchor),
                places.GetValueOrDefault((t.SeeKind, t.SeeSlug, t.SeeAnchor), t.SeeSlug)))]))
            .ToList();
        return View(new GlossaryViewModel(new PageMeta(glossary.Title, glossary.Summary), glossary.IntroHtml, letters));
    }

    /// <summary>The name of each place the terms point to: a page's title, and the heading's text where one is named.</summary>
    private async Task<Dictionary<(string Kind, string Slug, string? Anchor), string>> PlacesAsync(List<GlossaryTerm> terms, CancellationToken cancellationToken)
    {
        var slugs = terms.Select(t => t.SeeSlug).ToHashSet(StringComparer.Ordinal);
        var pages = (await db.Pages.AsNoTracking().Where(p => slugs.Contains(p.Slug)).Select(p => new { p.Slug, p.Title, p.Headings }).ToListAsync(cancellationToken))
            .Select(p => (Kind: "Chapter", p.Slug, p.Title, p.Headings));
        var roles = (await db.Roles.AsNoTracking().Where(r => slugs.Contains(r.Slug)).Select(r => new { r.Slug, r.Title, r.Headings }).ToListAsync(cancellationToken))
            .Select(r => (Kind: "Role", r.Slug, r.Title, r.Headings));
        var skills = (await db.Skills.AsNoTracking().Where(s => slugs.Contains(s.Slug)).Select(s => new { s.Slug, s.Title, s.Headings }).ToListAsync(cancellationToken))
            .Select(s => (Kind: "Skill", s.Slug, s.Title, s.Headings));
        var names = new Dictionary<(string, string, string?), string>();
        foreach (var (kind, slug, title, headings) in pages.Concat(roles).Concat(skills))
        {
            names[(kind, slug, null)] = title;
            foreach (var heading in headings)
            {
                names[(kind, slug, heading.Anchor)] = $"{heading.Text}, in {title}";
            }
        }
        return names;
    }
}
