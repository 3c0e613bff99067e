using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

[CachedPage]
public sealed class SkillsController(PathwayQueries pathway, HandbookDbContext db) : Controller
{
    [HttpGet("/skills")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Order)
            .Select(s => new { s.Title, s.Slug, s.Group, s.Summary, s.LevelsAreHandbooksChoice })
            .ToListAsync(cancellationToken);
        return View(new SkillsViewModel(
            new PageMeta("Skills and levels of mastery",
                "The skills of product management in government, what each level of mastery means, and the level each role on the career pathway expects."),
            roles.Select(r => r.Link).ToList(),
            skills.Select(s => new SkillMatrixRow(s.Title, s.Slug, s.Group, s.Summary,
                roles.Select(r => r.Levels.GetValueOrDefault(s.Slug, "")).ToList(), s.LevelsAreHandbooksChoice)).ToList()));
    }

    [HttpGet("/skills/{slug}")]
    public async Task<IActionResult> Show(string slug, string? section, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.AsNoTracking()
            .Where(s => s.Slug == slug)
            .Select(s => new { s.Title, s.Group, s.Summary, s.IntroHtml, s.Headings, s.ChapterSlugs, s.LevelsAreHandbooksChoice, Levels = s.Levels.Select(l => new { l.Level, l.Meaning }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (skill is null)
        {
            // A former slug of a renamed skill answers with a permanent redirect to its current address.
            return await pathway.SkillSlugForAliasAsync(slug, cancellationToken) is { } current
                ? RedirectPermanent(SiteAddress.Skill(current) + Request.QueryString)
                : NotFound();
        }
        var roles = await pathway.RolesAsync(cancellationToken);
        var chapters = await pathway.ChaptersAsync(skill.ChapterSlugs, cancellationToken);
        // A link copied from a heading names its section, so that the preview shows that section.
        var linked = skill.Headings.Select(h => new PageSection(h.Anchor, h.Text)).Concat(TemplateSections.ForSkill(chapters.Count > 0)).FirstOrDefault(s => s.Anchor == section);
        return View(new SkillViewModel(
            PageMeta.Article(skill.Title, skill.Summary, SiteAddress.Skill(slug), linked),
            skill.Title,
            skill.Group,
            skill.Summary,
            new ProseModel(skill.IntroHtml, [.. skill.Headings.Select(h => h.ToSection())], SuggestPage: null),
            skill.Levels.OrderBy(l => ContentRules.Rank(l.Level)).Select(l => new LevelMeaning(l.Level, l.Meaning)).ToList(),
            roles.Where(r => r.Levels.ContainsKey(slug)).Select(r => new RoleLevel(r.Link, r.Levels[slug])).ToList(),
            chapters,
            skill.LevelsAreHandbooksChoice));
    }
}
