namespace Handbook.Web.ViewModels;

/// <summary>
/// A template heading for the shared partial, which gives it the tools a Markdown heading has: a link
/// to its own anchor (and, with JavaScript, a copy-link button) and, on a page readers can suggest
/// edits to (<paramref name="SuggestPage"/>, such as "/roles/product-manager"), a link to suggest a
/// change to the section.
/// </summary>
public sealed record SectionHeadingModel(PageSection Section, string? SuggestPage);
