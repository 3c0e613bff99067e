using Handbook.Web.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Handbook.Web.Http;

/// <summary>The cookie a moderator is signed in by, and the check each of their requests makes of it.</summary>
public static class ModeratorCookie
{
    public const string Name = "handbook-moderator";

    public static AuthenticationBuilder AddModeratorCookie(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(options =>
        {
            options.LoginPath = "/admin/sign-in";
            options.LogoutPath = "/admin/sign-out";
            options.AccessDeniedPath = "/admin/sign-in";
            options.Cookie.Name = Name;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SignOutIfNotCurrentAsync;
        });

    /// <summary>
    /// A removed moderator, a session signed out of (elsewhere, or with a copied cookie) or one from
    /// before a new password, is signed out at its next request. Only moderators' requests carry the
    /// cookie: cached pages are answered before authentication, so readers never pay for this.
    /// </summary>
    private static async Task SignOutIfNotCurrentAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<ModeratorAccounts>();
        var principal = context.Principal;
        if (!await accounts.IsCurrentAsync(principal?.Identity?.Name, principal?.FindFirst(SignedInModerator.StampClaim)?.Value,
                principal?.FindFirst(SignedInModerator.SessionClaim)?.Value, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
