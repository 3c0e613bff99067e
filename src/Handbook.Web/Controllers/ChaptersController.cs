using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

[CachedPage]
public sealed class ChaptersController(HandbookDbContext db, PathwayQueries pathway) : Controller
{
    [HttpGet("/chapters/{slug}")]
    public async Task<IActionResult> Show(string slug, string? section, CancellationToken cancellationToken)
    {
        var page = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Title,
                p.Order,
                p.Sequence,
                p.Summary,
                p.IntroHtml,
                p.LastUpdated,
                p.Changes,
                p.Roles,
                Part = new ChapterPart(p.Part.Order, p.Part.Title, p.Part.Slug),
                p.Headings,
                Reading = p.ReadingItems.OrderBy(r => r.Position)
                    .Select(r => new ReadingEntry(r.List, r.Title, r.Author, r.Url, r.Kind, r.Note, r.IsDead)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);

        if (page is null)
        {
            return await RedirectFromAliasAsync(slug, cancellationToken);
        }

        var neighbours = await db.Pages.AsNoTracking()
            .Where(p => p.Sequence == page.Sequence - 1 || p.Sequence == page.Sequence + 1)
            .Select(p => new { p.Sequence, Link = new ChapterLinkModel(p.Part.Order, p.Order, p.Title, p.Slug, p.Summary) })
            .ToListAsync(cancellationToken);

        // The roles and skills whose files list this chapter: the same lists that make their pages list it.
        var roles = await pathway.RolesAsync(cancellationToken);
        var skills = await pathway.SkillsAsync(cancellationToken);
        List<RoleLink> buildsRoles = [.. roles.Where(r => r.ChapterSlugs.Contains(slug) || page.Roles.Contains(r.Link.Slug)).Select(r => r.Link)];
        // The current framework's skills first, then the 2017 pathway's.
        List<SkillLinkModel> buildsSkills = [.. skills.Where(s => s.ChapterSlugs.Contains(slug)).OrderBy(s => s.IsCurrent ? 0 : 1).Select(s => new SkillLinkModel(s.Title, s.Slug, s.IsCurrent))];
        var updates = UpdatesModel.From(page.Changes, page.LastUpdated);

        // A link copied from a heading names its section, so that the preview shows that section.
        var templateSections = TemplateSections.ForChapter(page.Reading.Any(r => r.List == ReadingList.Reading), page.Reading.Any(r => r.List == ReadingList.Training),
            buildsRoles.Count + buildsSkills.Count > 0, updates.Notes.Count > 0);
        var linked = page.Headings.FirstOrDefault(h => h.Anchor == section);
        var linkedSection = linked is not null ? new PageSection(linked.Anchor, linked.Text) : templateSections.FirstOrDefault(s => s.Anchor == section);
        var meta = PageMeta.Article(page.Title, page.Summary, SiteAddress.Chapter(slug), linkedSection, linked?.Excerpt);
        return View(new ChapterViewModel(
            meta,
            slug,
            ChapterLinkModel.FormatNumber(page.Part.Number, page.Order),
            page.Title,
            new ProseModel(page.IntroHtml, [.. page.Headings.Select(h => h.ToSection())], SiteAddress.Chapter(slug)),
            page.Part,
            // "On this page": the chapter's own headings, then the sections every chapter page adds.
            [.. page.Headings.Select(h => new HeadingLink(h.Level, h.Text, h.Anchor)), .. templateSections.Select(s => new HeadingLink(2, s.Title, s.Anchor))],
            page.Reading.Where(r => r.List == ReadingList.Reading).ToList(),
            page.Reading.Where(r => r.List == ReadingList.Training).ToList(),
            updates,
            buildsRoles,
            buildsSkills,
            neighbours.FirstOrDefault(n => n.Sequence < page.Sequence)?.Link,
            neighbours.FirstOrDefault(n => n.Sequence > page.Sequence)?.Link));
    }

    /// <summary>A former slug of a chapter answers with a permanent redirect to its current address, query and all.</summary>
    private async Task<IActionResult> RedirectFromAliasAsync(string slug, CancellationToken cancellationToken)
    {
        var current = await db.Pages.AsNoTracking()
            .Where(p => p.Aliases.Contains(slug))
            .Select(p => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        // The query goes along: a link copied from a heading names its section (?section=).
        return current is null ? NotFound() : RedirectPermanent(SiteAddress.Chapter(current) + Request.QueryString);
    }
}
