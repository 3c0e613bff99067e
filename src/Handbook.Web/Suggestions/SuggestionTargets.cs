using Handbook.Content;
using Handbook.Web.Data;
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

/// <summary>A section of a page: its anchor, heading level, title and current Markdown.</summary>
public sealed record TargetSection(string Anchor, int Level, string Title, string Markdown);

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
                    Sections = p.Headings.OrderBy(h => h.Position).Select(h => new TargetSection(h.Anchor, h.Level, h.Text, h.SectionMarkdown)).ToList(),
                })
                .FirstOrDefaultAsync(cancellationToken);
            return page is null ? null : new SuggestionTarget($"/chapters/{page.Slug}", page.Title, page.ContentHash, page.Sections);
        }
        if (kind == "roles")
        {
            var role = await db.Roles.AsNoTracking().Where(r => r.Slug == slug).FirstOrDefaultAsync(cancellationToken);
            return role is null ? null : new SuggestionTarget($"/roles/{role.Slug}", role.Title, role.ContentHash,
                role.Headings.Select(h => new TargetSection(h.Anchor, h.Level, h.Text, h.SectionMarkdown)).ToList());
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

    /// <summary>The shape of a heading's anchor as Markdig's GitHub-style identifiers make it.</summary>
    private static bool IsAnchor(string? value) =>
        value is { Length: > 0 and <= 200 } && value.All(c => (char.IsLetterOrDigit(c) && !char.IsUpper(c)) || c is '-' or '_');

    private static (string? Kind, string Slug) Split(string? path)
    {
        var parts = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? (parts[0], parts[1]) : (null, "");
    }
}
