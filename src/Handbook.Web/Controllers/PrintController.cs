using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Handbook.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>The whole handbook on one page, and a pack for each role, for printing or saving as PDF.</summary>
[CachedPage]
public sealed class PrintController(HandbookDbContext db, PathwayQueries pathway, PublicAddress publicAddress) : Controller
{
    [HttpGet("/print")]
    public async Task<IActionResult> Handbook(CancellationToken cancellationToken)
    {
        var chapters = await PrintChaptersAsync(null, cancellationToken);
        var parts = chapters.GroupBy(c => (c.PartNumber, c.PartTitle))
            .Select(g => new PrintPart(g.Key.PartNumber, g.Key.PartTitle, g.ToList()))
            .ToList();
        return View(new PrintHandbookViewModel(
            new PageMeta("The whole handbook", "Every chapter of the product management handbook on one page, for printing or saving as a PDF."),
            parts));
    }

    [HttpGet("/roles/{slug}/print")]
    public async Task<IActionResult> Role(string slug, CancellationToken cancellationToken)
    {
        var role = (await pathway.RolesAsync(cancellationToken)).Find(r => r.Link.Slug == slug);
        if (role is null)
        {
            return await pathway.RoleSlugForAliasAsync(slug, cancellationToken) is { } current
                ? RedirectPermanent(global::Handbook.Web.SiteAddress.RolePrint(current))
                : NotFound();
        }
        var skills = await pathway.SkillsAsync(cancellationToken);
        var roles = await pathway.RolesAsync(cancellationToken);
        var index = roles.FindIndex(r => r.Link.Slug == slug);
        var next = index + 1 < roles.Count ? roles[index + 1] : null;
        var chapterSlugs = await pathway.ChapterSlugsForRoleAsync(role, cancellationToken);
        var chapters = await PrintChaptersAsync(chapterSlugs, cancellationToken);
        var reading = await pathway.ReadingAsync(chapterSlugs, cancellationToken);
        var onPage = chapters.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        return View(new PrintRoleViewModel(
            new PageMeta($"{role.Link.Title}: printable pack", $"The {role.Link.Title} role, its skills, its chapters and its reading, on one page for printing."),
            role.Link,
            role.Summary,
            PrintProse.Fit(role.PrintProse, RoleDocument.PrintPrefix, 0, role.Link.Url, onPage),
            PathwayQueries.Expectations(role, skills),
            // The pack lists the chapters' reading once, together, at the end, as the role page does.
            chapterSlugs.Select(c => chapters.Find(p => p.Slug == c)).OfType<PrintChapter>().Select(c => c with { Reading = [] }).ToList(),
            reading)
        {
            CurrentSkills = [.. skills.Where(s => s.IsCurrent).Select(s => CurrentSkillRow.For(s, role, index > 0 ? roles[index - 1] : null, next))],
            Source = await pathway.FrameworkAsync(cancellationToken),
        });
    }

    /// <summary>The role's short pack: its skills and levels, growing to the next role, and its "Start here" reading.</summary>
    [HttpGet("/roles/{slug}/print/short")]
    public async Task<IActionResult> ShortRole(string slug, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var index = roles.FindIndex(r => r.Link.Slug == slug);
        if (index < 0)
        {
            return await pathway.RoleSlugForAliasAsync(slug, cancellationToken) is { } current
                ? RedirectPermanent(global::Handbook.Web.SiteAddress.RoleShortPrint(current))
                : NotFound();
        }
        var role = roles[index];
        var next = index + 1 < roles.Count ? roles[index + 1] : null;
        var skills = (await pathway.SkillsAsync(cancellationToken)).Where(s => s.IsCurrent).ToList();
        var reading = await pathway.ReadingAsync(await pathway.ChapterSlugsForRoleAsync(role, cancellationToken), cancellationToken);
        var rows = skills.Select(s => CurrentSkillRow.For(s, role, index > 0 ? roles[index - 1] : null, next)).ToList();
        var growing = rows.Where(r => r.ToNext == LevelStep.Rises)
            .Select(r => new GrowingRow(r.Skill, r.Level, r.NextLevel!, skills.Single(s => s.Slug == r.Slug).Meanings.GetValueOrDefault(r.NextLevel!, "")))
            .ToList();
        // The role's own words on growing, where its content has a section of that name.
        var growingSection = role.PrintProse.Sections.FirstOrDefault(s => s.Anchor == GrowingAnchor);
        return View(new PrintShortRoleViewModel(
            new PageMeta($"{role.Link.Title}: short pack", $"The {role.Link.Title} role in a few pages: its skills and levels, growing to the next role, and where to start reading."),
            role.Link,
            role.Summary,
            role.FrameworkSummary,
            rows,
            next?.Link,
            growing,
            growingSection is null ? null : PrintProse.Fit(new Prose("", [growingSection with { Level = 2 }]), RoleDocument.PrintPrefix, 0, role.Link.Url, new HashSet<string>()),
            StartHereRow.Of(role.StartHere, reading),
            await pathway.FrameworkAsync(cancellationToken)));
    }

    /// <summary>The anchor of a role's own section on growing toward the next role.</summary>
    private const string GrowingAnchor = "growing-toward-the-next-role";

    /// <summary>
    /// The site's own address (<see cref="PublicAddress"/>), for the print stylesheet: with it a link
    /// within the site prints as a full address, "(https://handbook.example/chapters/scrum-framework)",
    /// rather than "(/chapters/scrum-framework)", which means nothing on paper. The layout links it
    /// for print only, so it never delays a page on screen.
    /// </summary>
    [HttpGet("/print-address.css")]
    public IActionResult SiteAddress()
    {
        var address = publicAddress.Root;
        // Kestrel accepts no quote or backslash in a host, but the address goes inside a CSS string: escape them anyway.
        var escaped = address.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        Response.Headers.CacheControl = "public, max-age=86400";
        return Content($":root{{--hb-site-address:\"{escaped}\"}}\n", "text/css; charset=utf-8");
    }

    private async Task<List<PrintChapter>> PrintChaptersAsync(IReadOnlyCollection<string>? slugs, CancellationToken cancellationToken)
    {
        var pages = db.Pages.AsNoTracking();
        if (slugs is not null)
        {
            pages = pages.Where(p => slugs.Contains(p.Slug));
        }
        var rows = await pages.OrderBy(p => p.Sequence)
            .Select(p => new
            {
                p.Slug, p.Title, p.Order, p.PrintIntroHtml, PartOrder = p.Part.Order, PartTitle = p.Part.Title, p.Headings,
                Reading = p.ReadingItems.OrderBy(r => r.Position).Select(r => new ReadingEntry(r.List, r.Title, r.Author, r.Url, r.Kind, r.Note, r.IsDead)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var onPage = rows.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        return rows.Select(p => new PrintChapter(p.Slug, ChapterLinkModel.FormatNumber(p.PartOrder, p.Order), p.Title,
                PrintProse.Fit(new Prose(p.PrintIntroHtml, [.. p.Headings.Select(h => h.ToPrintSection())]), $"{p.Slug}--", 2, global::Handbook.Web.SiteAddress.Chapter(p.Slug), onPage),
                p.PartOrder, p.PartTitle, p.Reading))
            .ToList();
    }
}
