using System.ComponentModel.DataAnnotations;
using Handbook.Web.Data;

namespace Handbook.Web.Admin;

/// <summary>What a moderator posts to change a suggestion's status.</summary>
public sealed class StatusInput
{
    public const string ChooseStatus = "Choose accepted, rejected or done";

    [Required(ErrorMessage = ChooseStatus)]
    public SuggestionStatus? Status { get; set; }

    [StringLength(2000, ErrorMessage = "The note must be 2,000 characters or fewer")]
    public string? Note { get; set; }

    [StringLength(2000, ErrorMessage = "The reply must be 2,000 characters or fewer")]
    public string? Reply { get; set; }
}
