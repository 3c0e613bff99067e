using System.Globalization;
using System.Threading.RateLimiting;
using Handbook.Web.Caching;
using Handbook.Web.Health;
using Handbook.Web.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Handbook.Web.Suggestions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
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
        // Every post, put, patch and delete needs a valid antiforgery token, whether or not its action says so.
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // A cached page is compressed once per content version, so the smaller output is worth its time.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddOptions<SuggestionOptions>().BindConfiguration(SuggestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAntiforgery(options => options.Cookie.Name = "handbook-antiforgery");
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddModeratorCookie();
        services.AddAuthorization();
        services.AddSingleton<PublicAddress>();
        // No form on the site comes near these: anything beyond them is refused before it is read
        // whole (RequestLimits), and what is read is held to the form limits (a 400, not a 500).
        services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = RequestLimits.MaxFormFields;
            options.ValueLengthLimit = RequestLimits.MaxFormValueLength;
            options.KeyLengthLimit = RequestLimits.MaxFormKeyLength;
            options.MultipartBodyLengthLimit = RequestLimits.MaxBodyBytes;
        });
        services.AddScoped<Controllers.PathwayQueries>();
        services.AddScoped<SuggestionTargets>();
        services.AddScoped<Admin.ModeratorAccounts>();
        services.AddScoped<Search.HandbookSearch>();
        services.AddSingleton<Search.SearchLexicons>();
        services.AddHostedService<Search.SearchWarmer>();
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
        app.UseCacheHeaders();
        app.UseHeadAsGet();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        // Re-executes 404s and 429s (whose bodies are empty) as readable pages.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        // A cached page is answered before authentication, which would otherwise cost a sixth of
        // every such request (a scope, the cookie handler). Cached pages are the same for everyone:
        // only the moderators' pages, never cached, depend on who is signed in.
        app.UsePageCache();
        // Inside the cache, so that a cached page holds its compressed bytes, one entry per encoding:
        // a page is compressed once, not at every request. Pages that hold a secret (an antiforgery
        // token, a moderator's view) are not compressed, so that a reflected input cannot be used to
        // guess the secret from the compressed size (BREACH).
        app.UseWhen(context => !HoldsSecrets(context.Request.Path), branch => branch.UseResponseCompression());
        app.UseRateLimiter();
        // After the rate limiter, so that oversized posts count against the client's limit too.
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        // The stylesheet, script and images from the build's manifest, as endpoints: nothing is looked
        // for on disk per request. Each file has its plain address (revalidated by ETag: the favicon and
        // the link-preview image must keep theirs) and a fingerprinted one, immutable for a year, that
        // the views link (WithStaticAssets); both serve the Brotli or gzip copy made at build time.
        app.MapStaticAssets();
        app.MapHealthEndpoint();
        app.MapControllers().WithStaticAssets();
        return app;
    }

    private static bool HoldsSecrets(PathString path) =>
        path.StartsWithSegments("/suggest", StringComparison.Ordinal) || path.StartsWithSegments("/admin", StringComparison.Ordinal);

    private static RateLimitPartition<string> PerClientPerMinute(HttpContext http, Func<SuggestionOptions, int> limit)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<SuggestionOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.PartitionKey(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
