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
