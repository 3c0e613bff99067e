using System.Security.Claims;
using Handbook.Web.Admin;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Handbook.Web.Controllers;

/// <summary>Moderators sign in and out. A failed sign-in never says whether the email exists.</summary>
public sealed class AccountController(ModeratorAccounts accounts) : Controller
{
    private const string WrongDetails = "Enter a correct email address and password";

    [HttpGet("/admin/sign-in"), AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        View(new SignInViewModel(new PageMeta("Sign in", "Sign in to review suggestions."), new SignInInput { ReturnUrl = returnUrl }, []));

    [HttpPost("/admin/sign-in"), AllowAnonymous, ValidateAntiForgeryToken, EnableRateLimiting(WebExtensions.SignInRateLimit)]
    public async Task<IActionResult> SignIn([FromForm] SignInInput input, CancellationToken cancellationToken)
    {
        var moderator = ModelState.IsValid ? await accounts.VerifyAsync(input.Email, input.Password, cancellationToken) : null;
        if (moderator is null)
        {
            var errors = ModelState.IsValid
                ? [new FieldError(nameof(SignInInput.Email), WrongDetails)]
                : new[] { nameof(SignInInput.Email), nameof(SignInInput.Password) }
                    .SelectMany(f => (ModelState[f]?.Errors ?? []).Take(1).Select(e => new FieldError(f, e.ErrorMessage)))
                    .ToList();
            input.Password = null;
            return View(new SignInViewModel(new PageMeta("Error: Sign in", "Sign in to review suggestions."), input, errors));
        }

        var session = await accounts.StartSessionAsync(moderator.Email, cancellationToken);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, moderator.Email), new Claim(SignedInModerator.StampClaim, moderator.Stamp), new Claim(SignedInModerator.SessionClaim, session)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/admin/suggestions");
    }

    [HttpPost("/admin/sign-out"), ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        // Ended in the store, not only in this browser: a copy of the cookie no longer signs anyone in.
        await accounts.EndSessionAsync(User.FindFirst(SignedInModerator.SessionClaim)?.Value, cancellationToken);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
