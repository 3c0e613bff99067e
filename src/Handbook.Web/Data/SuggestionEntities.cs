namespace Handbook.Web.Data;

/// <summary>Where a suggestion is in the owners' review.</summary>
public enum SuggestionStatus
{
    New,
    Accepted,
    Rejected,
    Done,
}

/// <summary>
/// A reader's suggested edit. It names the page by its path and the section by its anchor, with the
/// titles and the content hash the reader saw, and has no foreign key to the page: a content sync,
/// a renamed or deleted page, or a restart never deletes or orphans it.
/// </summary>
public sealed class Suggestion
{
    public int Id { get; set; }

    /// <summary>The reference the reader is given, such as "HB-7K2Q9M4D".</summary>
    public required string Reference { get; set; }

    /// <summary>The page's path when the suggestion was made, such as "/chapters/scrum-framework".</summary>
    public required string PagePath { get; set; }

    public required string PageTitle { get; set; }
    public string? SectionAnchor { get; set; }
    public string? SectionTitle { get; set; }

    /// <summary>The content hash of the page the reader saw.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The suggestion as typed; always shown HTML-encoded.</summary>
    public required string Text { get; set; }

    /// <summary>The reader's wording for the section, in Markdown, where they proposed one; always shown HTML-encoded.</summary>
    public string? ProposedText { get; set; }

    /// <summary>The section's Markdown the proposed wording replaces, as it was when the suggestion was sent.</summary>
    public string? BaseText { get; set; }

    public string? Name { get; set; }
    public string? Email { get; set; }
    public SuggestionStatus Status { get; set; }
    public string? ModeratorNote { get; set; }

    /// <summary>The owners' reply for the reader, shown on the suggestion's status page; unlike the note, public.</summary>
    public string? PublicReply { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
}

/// <summary>One of the handbook's owners, who reviews suggestions.</summary>
public sealed class Moderator
{
    public int Id { get; set; }

    /// <summary>The sign-in email, in lower case.</summary>
    public required string Email { get; set; }

    /// <summary>A salted PBKDF2 hash from ASP.NET Core's password hasher; never the password.</summary>
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// A moderator's signed-in session, named by the random id their cookie carries: signing out deletes
/// it, so a copy of the cookie is worth nothing afterwards.
/// </summary>
public sealed class ModeratorSession
{
    /// <summary>64 hex characters from a cryptographic random source.</summary>
    public required string Id { get; set; }

    /// <summary>The moderator's email, in lower case.</summary>
    public required string Email { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
