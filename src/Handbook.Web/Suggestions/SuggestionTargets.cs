using Handbook.Web.Controllers;
using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Suggestions;

/// <summary>
/// A page a reader can suggest an edit to, with its sections. <paramref name="InHandbook"/> is false for
/// a page deleted or renamed since the reader opened the form: its path and section are what was posted.
/// </summary>
public sealed record SuggestionTarget(string Path, string Title, string ContentHash, IReadOnlyList<TargetSection> Sections, bool InHandbook = true)
{
    /// <summary>
    /// The page's text as its sections hold it, each under its heading: every section not inside an
    /// earlier one (an h2's Markdown holds its h3s). Null for a page without headings. The text before
    /// the first heading is not stored, so it is not here.
    /// </summary>
    public string? SectionsMarkdown()
    {
        var parts = new List<string>();
        int? open = null;
        foreach (var section in Sections)
        {
            if (open is not null && section.Level > open)
            {
                continue;
            }
            parts.Add($"{new string('#', section.Level)} {section.Title}\n\n{section.Markdown}".TrimEnd());
            open = section.Level;
        }
        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}

/// <summary>
/// A section of a page: its anchor, heading level, title and current Markdown (or, for a section the
/// page's template adds, where its text comes from), and its HTML as the page shows it (none for a
/// template's section, whose text is not the content's prose).
/// </summary>
public sealed record TargetSection(string Anchor, int Level, string Title, string Markdown, string? Html = null)
{
    /// <summary>Whether a reader can propose new wording for it: it is prose written in the content.</summary>
    public bool IsProse => Html is not null;
}

/// <summary>
/// Finds the chapter or role page behind a path such as "/chapters/scrum-framework", with every
/// section the page shows: the headings of its Markdown, then those its view adds (<see cref="TemplateSections"/>).
/// </summary>
public sealed class SuggestionTargets(HandbookDbContext db, PathwayQueries pathway)
{
    public async Task<SuggestionTarget?> FindAsync(string? path, CancellationToken cancellationToken)
    {
        var (kind, slug) = Split(path);
        if (kind == "chapters")
        {
            var page = await db.Pages.AsNoTracking()
                .Where(p => p.Slug == slug || p.Aliases.Contains(slug))
                .Select(p => new
                {
                    p.Slug, p.Title, p.ContentHash, p.SourcePath, p.Roles, p.Changes,
                    p.Headings,
                    Reading = p.ReadingItems.OrderBy(r => r.Position).Select(r => new { r.List, r.Title, r.Url }).ToList(),
                })
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            if (page is null)
            {
                return null;
            }
            string List(ReadingList list, string field) =>
                $"From the `{field}` list in the front matter of {page.SourcePath}:\n\n" +
                string.Join('\n', page.Reading.Where(r => r.List == list).Select(r => $"- [{r.Title}]({r.Url})"));
            var builds = page.Roles.Count > 0
                || (await pathway.RolesAsync(cancellationToken)).Any(r => r.ChapterSlugs.Contains(page.Slug))
                || (await pathway.SkillsAsync(cancellationToken)).Any(s => s.ChapterSlugs.Contains(page.Slug));
            var template = TemplateSections.ForChapter(page.Reading.Any(r => r.List == ReadingList.Reading), page.Reading.Any(r => r.List == ReadingList.Training),
                    builds, page.Changes.Count > 0)
                .Select(s => new TargetSection(s.Anchor, 2, s.Title, s.Anchor switch
                {
                    "reading" => List(ReadingList.Reading, "reading"),
                    "training" => List(ReadingList.Training, "training"),
                    "builds" => $"The roles and skills whose files in content/roles/ and content/skills/ list this chapter in their `chapters` field, and the roles in the `roles` field of {page.SourcePath}.",
                    _ => $"From the `changes` field in the front matter of {page.SourcePath}.",
                }));
            return new SuggestionTarget(SiteAddress.Chapter(page.Slug), page.Title, page.ContentHash, [.. page.Headings.Select(h => new TargetSection(h.Anchor, h.Level, h.Text, h.SectionMarkdown, h.Html)).Concat(template).DistinctBy(s => s.Anchor)]);
        }
        if (kind == "roles")
        {
            var role = await db.Roles.AsNoTracking().Where(r => r.Slug == slug).FirstOrDefaultAsync(cancellationToken);
            return role is null ? null : new SuggestionTarget(SiteAddress.Role(role.Slug), role.Title, role.ContentHash,
                [.. role.Headings.Select(h => new TargetSection(h.Anchor, h.Level, h.Text, h.SectionMarkdown, h.Html)).Concat(await RoleTemplateSectionsAsync(role, cancellationToken)).DistinctBy(s => s.Anchor)]);
        }
        return null;
    }

    /// <summary>
    /// A page no longer in the handbook, for a form opened before it was deleted or renamed: the
    /// suggestion is kept under the posted path and section, so long as they have the shape of a chapter
    /// or role address and a heading's anchor. Null for any other path.
    /// </summary>
    public static SuggestionTarget? Gone(string? path, string? section)
    {
        var (kind, slug) = Split(path);
        if (kind is not ("chapters" or "roles") || !ContentRules.IsSlug(slug) || path != $"/{kind}/{slug}")
        {
            return null;
        }
        return new SuggestionTarget(path, path, "", IsAnchor(section) ? [new TargetSection(section!, 2, section!, "")] : [], InHandbook: false);
    }

    /// <summary>
    /// The page and section as the form posted them, for showing the form again when the store
    /// cannot be asked what they are: the section keeps its place in the form by its anchor.
    /// </summary>
    public static SuggestionTarget AsPosted(string? path, string? section) =>
        new(path ?? "", path ?? "the handbook", "", IsAnchor(section) ? [new TargetSection(section!, 2, section!, "")] : []);

    /// <summary>The shape of a heading's anchor as Markdig's GitHub-style identifiers make it.</summary>
    private static bool IsAnchor(string? value) =>
        value is { Length: > 0 and <= 200 } && value.All(c => (char.IsLetterOrDigit(c) && !char.IsUpper(c)) || c is '-' or '_');

    /// <summary>The sections the role page adds after the role's text, as the page decides which to show.</summary>
    private async Task<IEnumerable<TargetSection>> RoleTemplateSectionsAsync(Role role, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var index = roles.FindIndex(r => r.Link.Slug == role.Slug);
        var chapterSlugs = await pathway.ChapterSlugsForRoleAsync(roles[index], cancellationToken);
        var hasChapters = (await pathway.ChaptersAsync(chapterSlugs, cancellationToken)).Count > 0;
        var hasReading = (await pathway.ReadingAsync(chapterSlugs, cancellationToken)).Count > 0;
        var hasCurrent = (await pathway.SkillsAsync(cancellationToken)).Any(s => s.IsCurrent);
        var source = role.SourcePath;
        var levels = hasCurrent ? "framework-skills" : "skills";
        return TemplateSections.ForRole(index > 0 ? roles[index - 1].Link.Title : null, hasCurrent, hasChapters, hasReading, role.Changes.Count > 0)
            .Select(s => new TargetSection(s.Anchor, 2, s.Title, s.Anchor switch
            {
                "skills" => $"From the `{levels}` field in the front matter of {source}; what each level means is in the skill's file in content/skills/.",
                "skills-2017" => $"From the `skills` field in the front matter of {source}; how the names map comes from the `replaces` field of each current skill's file.",
                "what-rises" => $"Worked out from the `{levels}` levels of {source} and of the previous role's file.",
                "chapters" => $"The chapters named in the `chapters` field of {source}, then those whose `roles` field names {role.Slug}.",
                "updates" => $"From the `changes` field in the front matter of {source}.",
                _ => "The `reading` and `training` lists of the role's chapters.",
            }));
    }

    private static (string? Kind, string Slug) Split(string? path)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : (null, "");
    }
}
