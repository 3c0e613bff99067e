using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Suggestions;

/// <summary>A page a reader can suggest an edit to, with its sections.</summary>
public sealed record SuggestionTarget(string Path, string Title, string ContentHash, IReadOnlyList<TargetSection> Sections);

/// <summary>A section of a page: its anchor, title and current Markdown.</summary>
public sealed record TargetSection(string Anchor, string Title, string Markdown);

/// <summary>Finds the chapter or role page behind a path such as "/chapters/scrum-framework".</summary>
public sealed class SuggestionTargets(HandbookDbContext db)
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
                    p.Slug, p.Title, p.ContentHash,
                    Sections = p.Headings.OrderBy(h => h.Position).Select(h => new TargetSection(h.Anchor, h.Text, h.SectionMarkdown)).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            return page is null ? null : new SuggestionTarget($"/chapters/{page.Slug}", page.Title, page.ContentHash, page.Sections);
        }
        if (kind == "roles")
        {
            var role = await db.Roles.AsNoTracking().Where(r => r.Slug == slug).FirstOrDefaultAsync(cancellationToken);
            return role is null ? null : new SuggestionTarget($"/roles/{role.Slug}", role.Title, role.ContentHash,
                role.Headings.Select(h => new TargetSection(h.Anchor, h.Text, h.SectionMarkdown)).ToList());
        }
        return null;
    }

    private static (string? Kind, string Slug) Split(string? path)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : (null, "");
    }
}
