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

    /// <summary>The day the content says the chapter last changed (<see cref="ContentDates"/>); null when it does not say.</summary>
    public DateOnly? LastUpdated { get; set; }

    /// <summary>The chapter's HTML before its first h2 or h3 for the printed handbook; each heading holds its own.</summary>
    public string PrintIntroHtml { get; set; } = "";

    /// <summary>The h2s and h3s of the chapter's text, in page order, stored as JSON in the page's row.</summary>
    public List<StoredHeading> Headings { get; set; } = [];

    /// <summary>Its <c>changes:</c> notes, newest first, stored as JSON in its row.</summary>
    public List<StoredChange> Changes { get; set; } = [];
    public List<ReadingItem> ReadingItems { get; set; } = [];
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
