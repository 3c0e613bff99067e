using Handbook.Content;

namespace Handbook.Web.Data;

public enum ChangeKind
{
    Added,
    Updated,
    Removed,
}

/// <summary>A page the sync added, changed or removed, with what the search index needs to know of it.</summary>
public sealed record DocumentChange(ChangeKind Kind, string Path, string Title, string Summary, IReadOnlyList<SearchSection> Sections);

/// <summary>An entry of the change log behind <c>/changes.atom</c>, written by the content sync.</summary>
public sealed class PageChange
{
    public int Id { get; set; }
    public ChangeKind Kind { get; set; }
    public required string Path { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
