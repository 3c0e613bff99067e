using System.Globalization;
using System.Threading.RateLimiting;
using Handbook.Web.Health;
using Handbook.Web.Suggestions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Handbook.Web;

public static class WebExtensions
{
    public const string SuggestionsRateLimit = "suggestions";
    public const string SignInRateLimit = "sign-in";

    /// <summary>MVC with the handbook's routes, error pages, moderators' sign-in and rate limits.</summary>
    public static IServiceCollection AddHandbookWeb(this IServiceCollection services)
    {
        services.AddControllersWithViews();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddOptions<SuggestionOptions>().BindConfiguration(SuggestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAntiforgery(options => options.Cookie.Name = "handbook-antiforgery");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/admin/sign-in";
                options.LogoutPath = "/admin/sign-out";
                options.AccessDeniedPath = "/admin/sign-in";
                options.Cookie.Name = "handbook-moderator";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            });
        services.AddAuthorization();
        services.AddScoped<SuggestionTargets>();
        services.AddScoped<Admin.ModeratorAccounts>();
        services.AddScoped<Search.HandbookSearch>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SuggestionsRateLimit, http => PerClientPerMinute(http, o => o.PerMinute));
            options.AddPolicy(SignInRateLimit, http => PerClientPerMinute(http, o => o.SignInPerMinute));
        });
        return services;
    }

    public static WebApplication UseHandbookWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        // Re-executes 404s and 429s (whose bodies are empty) as readable pages.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoint();
        app.MapControllers();
        return app;
    }

    private static RateLimitPartition<string> PerClientPerMinute(HttpContext http, Func<SuggestionOptions, int> limit)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SuggestionOptions>>().Value;
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
