using Handbook.Content;

namespace Handbook.Web.Data;

/// <summary>A part of the handbook, as last imported from its <c>_part.md</c>.</summary>
public sealed class Part
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public required string Summary { get; set; }
    public required string IntroHtml { get; set; }
    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }
    public List<Page> Pages { get; set; } = [];
}

/// <summary>A chapter page, rendered at import, as last imported from its Markdown file.</summary>
public sealed class Page
{
    public int Id { get; set; }
    public int PartId { get; set; }
    public Part Part { get; set; } = null!;
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }

    /// <summary>The page's place in reading order across the whole handbook, from 1.</summary>
    public int Sequence { get; set; }

    public required string Summary { get; set; }

    /// <summary>The chapter's HTML before its first h2 or h3; each heading holds the HTML under it.</summary>
    public required string IntroHtml { get; set; }

    public List<string> Roles { get; set; } = [];
    public List<string> Aliases { get; set; } = [];
    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>
    /// The date the chapter's <c>updated:</c> field gives, or else when the sync last stored a changed
    /// version of the page.
    /// </summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public List<PageHeading> Headings { get; set; } = [];
    public List<ReadingItem> ReadingItems { get; set; } = [];
}

/// <summary>A top-level h2 or h3 of a page, in page order, with the HTML under it.</summary>
public sealed class PageHeading
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public int Position { get; set; }
    public int Level { get; set; }
    public required string Text { get; set; }
    public required string Anchor { get; set; }

    /// <summary>The Markdown of the section as last imported, shown to moderators beside suggestions.</summary>
    public required string SectionMarkdown { get; set; }

    /// <summary>The start of the section's own text, as plain text, for link previews of the heading.</summary>
    public string Excerpt { get; set; } = "";

    /// <summary>The heading's text as HTML (it may hold code or emphasis).</summary>
    public string TitleHtml { get; set; } = "";

    /// <summary>The section's HTML under the heading, up to the next h2 or h3.</summary>
    public string Html { get; set; } = "";
}

/// <summary>An item of a page's reading or training list.</summary>
public sealed class ReadingItem
{
    public int Id { get; set; }
    public int PageId { get; set; }
    public Page Page { get; set; } = null!;
    public int Position { get; set; }
    public ReadingList List { get; set; }
    public required string Title { get; set; }
    public string? Author { get; set; }
    public required string Url { get; set; }
    public required string Kind { get; set; }
    public string? Note { get; set; }
    public bool IsDead { get; set; }
}

/// <summary>A problem found in the content at the last sync.</summary>
public sealed class ContentIssue
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public int Line { get; set; }
    public required string Message { get; set; }
}

/// <summary>The one row that says which version of the content the store holds.</summary>
public sealed class ContentState
{
    public const int SingletonId = 1;
    public int Id { get; set; } = SingletonId;
    public required string Version { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
}
