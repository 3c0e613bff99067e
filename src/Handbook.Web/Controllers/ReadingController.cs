using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Handbook.Web.Caching;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

[CachedPage]
public sealed class ReadingController(PathwayQueries pathway) : Controller
{
    /// <summary>
    /// Every reading and training item, filtered by role, kind and skill (the reading of the chapters
    /// that help with it) with plain GET parameters.
    /// </summary>
    [HttpGet("/reading")]
    public async Task<IActionResult> Index(string? role, string? kind, string? skill, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        role = string.IsNullOrEmpty(role) ? null : role;
        kind = string.IsNullOrEmpty(kind) ? null : kind;
        skill = string.IsNullOrEmpty(skill) ? null : skill;
        var selectedRole = roles.Find(r => r.Link.Slug == role);
        if (role is not null && selectedRole is null && await pathway.RoleSlugForAliasAsync(role, cancellationToken) is { } current)
        {
            return RedirectPermanent("/reading" + Filters(current, skill, kind).ToUriComponent());
        }
        var selectedSkill = skill is null ? null : (await pathway.SkillsAsync(cancellationToken)).Find(s => s.Slug == skill);
        if ((role is not null && selectedRole is null) || (kind is not null && !ContentRules.ReadingKinds.Contains(kind)) || (skill is not null && selectedSkill is null))
        {
            return NotFound();
        }

        var chapterSlugs = selectedRole is null ? null : await pathway.ChapterSlugsForRoleAsync(selectedRole, cancellationToken);
        if (selectedSkill is not null)
        {
            chapterSlugs = chapterSlugs is null ? [.. selectedSkill.ChapterSlugs] : chapterSlugs.Intersect(selectedSkill.ChapterSlugs).ToList();
        }
        var items = await pathway.AllReadingAsync(chapterSlugs, kind, cancellationToken);
        var title = (selectedRole, selectedSkill) switch
        {
            (null, null) => "Reading and training",
            (_, null) => $"Reading and training for {selectedRole.Link.WithArticle}",
            (null, _) => $"Reading and training for {selectedSkill.Title}",
            _ => $"Reading and training for {selectedRole.Link.WithArticle}: {selectedSkill.Title}",
        };
        var description = (selectedRole, selectedSkill) switch
        {
            (null, null) => "Every book, article, talk and course the handbook recommends, with the chapter it comes from, by role and by kind.",
            (_, null) => $"Every book, article, talk and course the handbook recommends for {selectedRole.Link.WithArticle}, with the chapter it comes from.",
            (null, _) => $"Every book, article, talk and course the handbook recommends for {selectedSkill.Title}, with the chapter it comes from.",
            _ => $"Every book, article, talk and course the handbook recommends for {selectedRole.Link.WithArticle} on {selectedSkill.Title}, with the chapter it comes from.",
        };
        // The filters choose what the page shows, so they are part of its address.
        var query = Filters(role, skill, kind);
        return View(new ReadingViewModel(
            new PageMeta(title, description) { Path = "/reading" + query.ToUriComponent() },
            roles.Select(r => r.Link).ToList(),
            ContentRules.ReadingKinds,
            role,
            kind,
            selectedSkill?.Slug,
            items));
    }

    private static QueryString Filters(string? role, string? skill, string? kind) => QueryString.Create(
        new[] { ("role", role), ("skill", skill), ("kind", kind) }
            .Where(p => p.Item2 is not null)
            .Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)));
}
