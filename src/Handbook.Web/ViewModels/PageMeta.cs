namespace Handbook.Web.ViewModels;

/// <summary>
/// What the layout needs to know about any page: its title and description, and its Open Graph type
/// ("website", "article", "profile") for link previews.
/// </summary>
public sealed record PageMeta(string Title, string Description, string OpenGraphType = "website");

/// <summary>Every page's view model carries its <see cref="PageMeta"/> so that the layout can read it.</summary>
public interface IHasPageMeta
{
    PageMeta Meta { get; }
}
