using System.ComponentModel.DataAnnotations;

namespace Handbook.Web.Suggestions;

/// <summary>What the suggestion form posts. Bound instead of the entity, so nothing else can be set.</summary>
public sealed class SuggestionInput
{
    public const int MaxTextLength = 5000;

    /// <summary>The page's path, such as "/chapters/scrum-framework"; checked against the handbook, not by an attribute.</summary>
    public string? Page { get; set; }

    /// <summary>The anchor of the section the suggestion is about, or empty for the whole page.</summary>
    public string? Section { get; set; }

    [Required(ErrorMessage = "Enter your suggestion")]
    [StringLength(MaxTextLength, ErrorMessage = "Your suggestion must be 5,000 characters or fewer")]
    public string? Text { get; set; }

    public const int MaxProposedLength = 20000;

    /// <summary>The reader's wording for the section, prefilled with its Markdown; unchanged, it is no proposal.</summary>
    [StringLength(MaxProposedLength, ErrorMessage = "Your proposed wording must be 20,000 characters or fewer")]
    public string? Proposed { get; set; }

    [StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    [StringLength(320, ErrorMessage = "Your email address must be 320 characters or fewer")]
    public string? Email { get; set; }

    /// <summary>The content hash of the page the reader saw when the form was shown.</summary>
    [StringLength(64)]
    public string? Seen { get; set; }

    /// <summary>A field people never see and bots fill in: a suggestion that has it is dropped.</summary>
    public string? Website { get; set; }
}
