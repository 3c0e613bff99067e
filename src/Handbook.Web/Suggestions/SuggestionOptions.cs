using System.ComponentModel.DataAnnotations;

namespace Handbook.Web.Suggestions;

/// <summary>Limits on the suggestion form and the moderators' sign-in, bound from "Handbook:Suggestions".</summary>
public sealed class SuggestionOptions
{
    public const string Section = "Handbook:Suggestions";

    /// <summary>Suggestions one client address may post in a minute.</summary>
    [Range(1, 1_000_000)]
    public int PerMinute { get; set; } = 5;

    /// <summary>Sign-in attempts one client address may make in a minute.</summary>
    [Range(1, 1_000_000)]
    public int SignInPerMinute { get; set; } = 10;
}
