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
        var skills = await pathway.SkillsAsync(cancellationToken);
        SkillMatrixRow Row(SkillWithMeanings s) => new(s.Title, s.Slug, s.Group, s.Summary,
            roles.Select(r => r.Levels.GetValueOrDefault(s.Slug, "")).ToList(), s.IsHandbooksChoice);
        var current = skills.Where(s => s.IsCurrent).Select(Row).ToList();
        var pathway2017 = skills.Where(s => !s.IsCurrent).Select(Row).ToList();
        return View(new SkillsViewModel(
            new PageMeta("Skills and levels of mastery",
                "The skills of product management in government in the current capability framework, what each level of mastery means, and the level each role expects; with the 2017 pathway's, as history."),
            roles.Select(r => r.Link).ToList(),
            current.Count > 0 ? current : pathway2017,
            current.Count > 0 ? pathway2017 : [])
        {
            Source = current.Count > 0 ? await pathway.FrameworkAsync(cancellationToken) : null,
        });
    }

    [HttpGet("/skills/{slug}")]
    public async Task<IActionResult> Show(string slug, string? section, CancellationToken cancellationToken)
    {
        var skill = await db.Skills.AsNoTracking()
            .Where(s => s.Slug == slug)
            .Select(s => new
            {
                s.Title, s.Framework, s.Group, s.Summary, s.IntroHtml, s.Headings, s.ChapterSlugs, s.LevelsAreHandbooksChoice,
                s.AlsoNeededBy, s.Replaces, s.Changes, s.LastUpdated,
                Levels = s.Levels.Select(l => new { l.Level, l.Meaning }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (skill is null)
        {
            // A former slug of a renamed skill answers with a permanent redirect to its current address.
            return await pathway.SkillSlugForAliasAsync(slug, cancellationToken) is { } current
                ? RedirectPermanent(SiteAddress.Skill(current) + Request.QueryString)
                : NotFound();
        }
        var roles = await pathway.RolesAsync(cancellationToken);
        var skills = await pathway.SkillsAsync(cancellationToken);
        var chapters = await pathway.ChaptersAsync(skill.ChapterSlugs, cancellationToken);
        var isCurrent = skill.Framework == ContentRules.CurrentFramework;
        var updates = UpdatesModel.From(skill.Changes, skill.LastUpdated);
        // A link copied from a heading names its section, so that the preview shows that section.
        var sections = skill.Headings.Select(h => new HeadingLink(h.Level, h.Text, h.Anchor))
            .Concat(TemplateSections.ForSkill(chapters.Count > 0, isCurrent && skill.AlsoNeededBy.Count > 0, updates.Notes.Count > 0).Select(s => new HeadingLink(2, s.Title, s.Anchor)))
            .ToList();
        var linked = sections.Where(s => s.Anchor == section).Select(s => new PageSection(s.Anchor, s.Text)).FirstOrDefault();
        var mapped = isCurrent
            ? skills.Where(s => skill.Replaces.Contains(s.Slug))
            : skills.Where(s => s.IsCurrent && s.Replaces.Contains(slug));
        return View(new SkillViewModel(
            PageMeta.Article(skill.Title, skill.Summary, SiteAddress.Skill(slug), linked),
            skill.Title,
            skill.Group,
            skill.Summary,
            new ProseModel(skill.IntroHtml, [.. skill.Headings.Select(h => h.ToSection())], SuggestPage: null),
            skill.Levels.OrderBy(l => ContentRules.Rank(l.Level)).Select(l => new LevelMeaning(l.Level, l.Meaning)).ToList(),
            roles.Where(r => r.Levels.ContainsKey(slug)).Select(r => new RoleLevel(r.Link, r.Levels[slug])).ToList(),
            chapters,
            skill.LevelsAreHandbooksChoice)
        {
            IsCurrent = isCurrent,
            AlsoNeededBy = skill.AlsoNeededBy,
            Mapped = [.. mapped.Select(s => new SkillLinkModel(s.Title, s.Slug, s.IsCurrent))],
            Source = await pathway.FrameworkAsync(cancellationToken),
            Updates = updates,
            Url = SiteAddress.Skill(slug),
            OnThisPage = sections,
        });
    }
}
