namespace Handbook.Web.ViewModels;

/// <summary>
/// What the layout needs to know about any page: its title and description, its Open Graph type
/// ("website" or "article") for link previews, and, where a link names one section of the page, that
/// link (previews then show the section; the canonical address stays the page's).
/// </summary>
public sealed record PageMeta(string Title, string Description, string OpenGraphType = "website", string? SectionUrl = null)
{
    /// <summary>
    /// The page's address, where it is more than the request's path: with the query that chooses what
    /// the page shows, such as "/reading?role=head-of-product". Null: the request's path.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>The full address a printout names, where it is not the canonical one (a self-assessment's, with its answers).</summary>
    public string? PrintedAddress { get; init; }

    /// <summary>True for a page that is one reader's, such as a self-assessment's result: search engines are asked not to index it.</summary>
    public bool NoIndex { get; init; }

    /// <summary>False for a page with no address of its own (an error page): it names no canonical address.</summary>
    public bool HasAddress { get; init; } = true;

    /// <summary>
    /// A page about one thing (a chapter, a role, a skill) at <paramref name="path"/>. Where the link
    /// names one of its sections, the preview shows that section's title and, if given, its text.
    /// </summary>
    public static PageMeta Article(string title, string description, string path, PageSection? section, string? sectionDescription = null) =>
        section is null
            ? new(title, description, "article")
            : new($"{section.Title} – {title}", string.IsNullOrEmpty(sectionDescription) ? description : sectionDescription, "article",
                $"{path}?section={Uri.EscapeDataString(section.Anchor)}#{section.Anchor}");
}

/// <summary>Every page's view model carries its <see cref="PageMeta"/> so that the layout can read it.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
