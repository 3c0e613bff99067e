namespace Handbook.Web.ViewModels;

/// <summary>
/// What the layout needs to know about any page: its title and description, its Open Graph type
/// ("website", "article", "profile") for link previews, and, where a link names one section of the
/// page, that link (previews then show the section; the canonical address stays the page's).
/// </summary>
public sealed record PageMeta(string Title, string Description, string OpenGraphType = "website", string? SectionUrl = null);

/// <summary>Every page's view model carries its <see cref="PageMeta"/> so that the layout can read it.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
