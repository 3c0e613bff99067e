using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Suggestions;

/// <summary>A page a reader can suggest an edit to, with its sections.</summary>
public sealed record SuggestionTarget(string Path, string Title, string ContentHash, IReadOnlyList<TargetSection> Sections);

/// <summary>A section of a page: its anchor, title and current Markdown (or, for a section the page's template adds, where its text comes from).</summary>
public sealed record TargetSection(string Anchor, string Title, string Markdown);

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
                    p.Slug, p.Title, p.ContentHash, p.SourcePath,
                    Sections = p.Headings.OrderBy(h => h.Position).Select(h => new TargetSection(h.Anchor, h.Text, h.SectionMarkdown)).ToList(),
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
            var template = TemplateSections.ForChapter(page.Reading.Any(r => r.List == ReadingList.Reading), page.Reading.Any(r => r.List == ReadingList.Training))
                .Select(s => new TargetSection(s.Anchor, s.Title, s == TemplateSections.ChapterReading ? List(ReadingList.Reading, "reading") : List(ReadingList.Training, "training")));
            return new SuggestionTarget($"/chapters/{page.Slug}", page.Title, page.ContentHash, [.. page.Sections.Concat(template).DistinctBy(s => s.Anchor)]);
        }
        if (kind == "roles")
        {
            var role = await db.Roles.AsNoTracking().Where(r => r.Slug == slug).FirstOrDefaultAsync(cancellationToken);
            return role is null ? null : new SuggestionTarget($"/roles/{role.Slug}", role.Title, role.ContentHash,
                [.. role.Headings.Select(h => new TargetSection(h.Anchor, h.Text, h.SectionMarkdown)).Concat(await RoleTemplateSectionsAsync(role, cancellationToken)).DistinctBy(s => s.Anchor)]);
        }
        return null;
    }

    /// <summary>The sections the role page adds after the role's text, as the page decides which to show.</summary>
    private async Task<IEnumerable<TargetSection>> RoleTemplateSectionsAsync(Role role, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var index = roles.FindIndex(r => r.Link.Slug == role.Slug);
        var chapterSlugs = await pathway.ChapterSlugsForRoleAsync(roles[index], cancellationToken);
        var hasChapters = (await pathway.ChaptersAsync(chapterSlugs, cancellationToken)).Count > 0;
        var hasReading = (await pathway.ReadingAsync(chapterSlugs, cancellationToken)).Count > 0;
        var source = role.SourcePath;
        return TemplateSections.ForRole(index > 0 ? roles[index - 1].Link.Title : null, hasChapters, hasReading)
            .Select(s => new TargetSection(s.Anchor, s.Title, s.Anchor switch
            {
                "skills" => $"From the `skills` field in the front matter of {source}; what each level means is in the skill's file in content/skills/.",
                "what-rises" => $"Worked out from the `skills` levels of {source} and of the previous role's file.",
                "chapters" => $"The chapters named in the `chapters` field of {source}, then those whose `roles` field names {role.Slug}.",
                _ => "The `reading` and `training` lists of the role's chapters.",
            }));
    }

    private static (string? Kind, string Slug) Split(string? path)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : (null, "");
    }
}
