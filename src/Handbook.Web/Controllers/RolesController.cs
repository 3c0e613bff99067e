using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

[CachedPage]
public sealed class RolesController(PathwayQueries pathway) : Controller
{
    /// <summary>How many reading items the comparison shows for each gap before it links to the rest.</summary>
    private const int ReadingPerGap = 3;

    [HttpGet("/roles")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var stages = roles.GroupBy(r => r.Link.Stage).Select(g => new PathwayStage(g.Key, g.Count())).ToList();
        var areas = ContentRules.Areas
            .Select(a => new PathwayArea(a.Value, roles.Select(r => r.Areas.Contains(a.Key)).ToList()))
            .Where(a => a.ByRole.Any(x => x))
            .ToList();
        return View(new RolesViewModel(
            new PageMeta("The career pathway",
                "The product management career pathway in government, from Associate Product Manager to Head of Product: each role, its stage and its areas of expertise."),
            roles.Select(r => new RoleCard(r.Link, r.Summary)).ToList(),
            stages,
            areas));
    }

    [HttpGet("/roles/{slug}")]
    public async Task<IActionResult> Show(string slug, string? section, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var index = roles.FindIndex(r => r.Link.Slug == slug);
        if (index < 0)
        {
            // A former slug of a renamed role answers with a permanent redirect to its current address.
            return await pathway.RoleSlugForAliasAsync(slug, cancellationToken) is { } current
                ? RedirectPermanent(SiteAddress.Role(current) + Request.QueryString)
                : NotFound();
        }
        var role = roles[index];
        var previous = index > 0 ? roles[index - 1] : null;
        var next = index < roles.Count - 1 ? roles[index + 1] : null;
        var skills = await pathway.SkillsAsync(cancellationToken);
        var currentSkills = skills.Where(s => s.IsCurrent).ToList();
        var chapterSlugs = await pathway.ChapterSlugsForRoleAsync(role, cancellationToken);
        var reading = await pathway.ReadingAsync(chapterSlugs, cancellationToken);
        var chapters = await pathway.ChaptersAsync(chapterSlugs, cancellationToken);

        // A link copied from a heading names its section, so that the preview shows that section.
        var linked = role.Sections
            .Concat(TemplateSections.ForRole(previous?.Link.Title, currentSkills.Count > 0, chapters.Count > 0, reading.Count > 0, role.Updates.Notes.Count > 0))
            .FirstOrDefault(s => s.Anchor == section);
        // "Start here" first; the reading and training lists hold the rest.
        var startHere = StartHereRow.Of(role.StartHere, reading);
        var rest = reading.Where(r => startHere.All(s => s.Item.Url != r.Url)).ToList();
        return View(new RoleViewModel(
            PageMeta.Article(role.Link.Title, role.Summary, role.Link.Url, linked),
            role.Link,
            role.Summary,
            new ProseModel(role.Prose.Intro, role.Prose.Sections, role.Link.Url),
            PathwayQueries.Expectations(role, skills),
            previous is null ? [] : Rises(Headline(skills), previous, role),
            chapters,
            rest.Where(r => r.List == nameof(ReadingList.Reading)).ToList(),
            rest.Where(r => r.List == nameof(ReadingList.Training)).ToList(),
            previous?.Link,
            next?.Link)
        {
            CurrentSkills = [.. currentSkills.Select(s => CurrentSkillRow.For(s, role, previous, next))],
            Source = currentSkills.Count > 0 ? await pathway.FrameworkAsync(cancellationToken) : null,
            FrameworkSummary = role.FrameworkSummary,
            Grades = role.Grades,
            Mapping = currentSkills.Count > 0 ? SkillMapping.Of(skills) : [],
            Updates = role.Updates,
            StartHere = startHere,
        });
    }

    /// <summary>The skills a role's rises and comparisons are told in: the current framework's, or the 2017 pathway's where the content has no others.</summary>
    private static List<SkillWithMeanings> Headline(List<SkillWithMeanings> skills) =>
        skills.Any(s => s.IsCurrent) ? [.. skills.Where(s => s.IsCurrent)] : skills;


    [HttpGet("/roles/compare")]
    public async Task<IActionResult> Compare(string? from, string? to, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        if (roles.Count < 2)
        {
            return NotFound();
        }
        var fromRole = roles.Find(r => r.Link.Slug == from);
        var toRole = roles.Find(r => r.Link.Slug == to);
        if (fromRole is null || toRole is null)
        {
            // Missing or unknown roles: show the first step of the pathway, where most people start.
            if (from is null && to is null)
            {
                return RedirectToAction(nameof(Compare), new { from = roles[0].Link.Slug, to = roles[1].Link.Slug });
            }
            var fromSlug = fromRole?.Link.Slug ?? (from is null ? null : await pathway.RoleSlugForAliasAsync(from, cancellationToken));
            var toSlug = toRole?.Link.Slug ?? (to is null ? null : await pathway.RoleSlugForAliasAsync(to, cancellationToken));
            return fromSlug is not null && toSlug is not null
                ? RedirectPermanent(SiteAddress.Compare(fromSlug, toSlug))
                : NotFound();
        }

        var skills = Headline(await pathway.SkillsAsync(cancellationToken));
        var helpSlugs = skills.SelectMany(s => s.ChapterSlugs).ToList();
        var chapters = (await pathway.ChaptersAsync(helpSlugs, cancellationToken)).ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var reading = await pathway.ReadingAsync(helpSlugs, cancellationToken);
        var rows = skills
            .Where(s => fromRole.StepTo(toRole, s.Slug) is not null)
            .Select(s =>
            {
                var fromLevel = fromRole.Levels[s.Slug];
                var toLevel = toRole.Levels[s.Slug];
                var step = fromRole.StepTo(toRole, s.Slug);
                var rises = step == LevelStep.Rises;
                var help = rises ? s.ChapterSlugs.Where(chapters.ContainsKey).Select(c => chapters[c]).ToList() : [];
                // The first few items, and a link to the rest: a skill's chapters can recommend dozens.
                var helpReading = rises ? reading.Where(r => s.ChapterSlugs.Contains(r.Chapter.Slug)).ToList() : [];
                return new CompareRow(s.Title, s.Slug, fromLevel, s.Meanings.GetValueOrDefault(fromLevel, ""), toLevel,
                    s.Meanings.GetValueOrDefault(toLevel, ""), rises, step == LevelStep.Falls, help,
                    helpReading.Take(ReadingPerGap).ToList(), Math.Max(0, helpReading.Count - ReadingPerGap));
            })
            .ToList();

        return View(new CompareViewModel(
            new PageMeta($"{fromRole.Link.Title} and {toRole.Link.Title} compared",
                $"Skill by skill, the level of mastery {fromRole.Link.WithArticle} and {toRole.Link.WithArticle} are expected to have, where the bar rises, and what helps close each gap.")
            {
                Path = SiteAddress.Compare(fromRole.Link.Slug, toRole.Link.Slug),
            },
            roles.Select(r => r.Link).ToList(),
            fromRole.Link,
            toRole.Link,
            rows)
        {
            Source = skills.Any(s => s.IsCurrent) ? await pathway.FrameworkAsync(cancellationToken) : null,
        });
    }

    private static List<LevelChange> Rises(List<SkillWithMeanings> skills, RoleWithLevels from, RoleWithLevels to) =>
        skills
            .Where(s => from.StepTo(to, s.Slug) == LevelStep.Rises)
            .Select(s => new LevelChange(s.Title, s.Slug, from.Levels[s.Slug], to.Levels[s.Slug]))
            .ToList();
}
