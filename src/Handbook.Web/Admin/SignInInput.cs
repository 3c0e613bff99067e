using System.ComponentModel.DataAnnotations;

namespace Handbook.Web.Admin;

/// <summary>What the moderators' sign-in form posts.</summary>
public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
