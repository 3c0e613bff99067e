namespace Handbook.Content;

/// <summary>A part of the handbook: a folder of chapters with a <c>_part.md</c> file.</summary>
public sealed record PartDocument(
    string Path,
    string Folder,
    string Slug,
    string Title,
    int Order,
    string Summary,
    string IntroHtml,
    string Hash);

/// <summary>One chapter file, parsed and rendered.</summary>
public sealed record ChapterDocument(
    string Path,
    string Folder,
    string Slug,
    string Title,
    int Order,
    string Summary,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Aliases,
    string Html,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<ReadingEntry> Reading,
    IReadOnlyList<ChapterLink> Links,
    string Hash);

/// <summary>An h2 or h3 in a chapter, with the anchor it renders with.</summary>
public sealed record HeadingInfo(int Level, string Text, string Anchor);

/// <summary>Which list a reading entry belongs to.</summary>
public enum ReadingList
{
    Reading,
    Training,
}

/// <summary>An item of a chapter's reading or training list.</summary>
public sealed record ReadingEntry(
    ReadingList List,
    string Title,
    string? Author,
    string Url,
    string Kind,
    string? Note,
    bool IsDead);

/// <summary>A link from a chapter body to another chapter, kept so that it can be checked.</summary>
public sealed record ChapterLink(string TargetSlug, string? Anchor, int Line);
