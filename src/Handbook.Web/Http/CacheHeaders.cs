using Handbook.Web.Caching;
using Microsoft.Extensions.Options;

namespace Handbook.Web.Http;

/// <summary>
/// What every response tells the caches between the site and its readers: a shared cache in front
/// (nginx's proxy_cache, a CDN) and the browser. A page that is the same for everyone (a
/// <see cref="CachedPageAttribute"/> page, 200, not rendered for a signed-in moderator) may be kept by a
/// shared cache for <c>Handbook:SharedCacheSeconds</c>, then handed out for
/// <c>Handbook:StaleWhileRevalidateSeconds</c> more while the cache asks again with its ETag; a browser
/// asks every time (a 304 while nothing changed). Anything else is <c>private, no-store</c>: forms,
/// moderators' pages, error pages, redirects, and any response that sets a cookie, whatever it said.
/// A response that says for itself how to cache it (the static assets, the self-assessment) keeps that.
/// </summary>
public sealed class CacheHeaders
{
    /// <summary>For what only one reader should see, or nobody should keep.</summary>
    public const string Personal = "private, no-store";

    private readonly string _publicPage;
    private readonly Func<object, Task> _setHeader;

    public CacheHeaders(HandbookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _publicPage = PublicPage(options.SharedCacheSeconds, options.StaleWhileRevalidateSeconds);
        _setHeader = SetHeader;
    }

    /// <summary>The header of a page that is the same for every reader.</summary>
    public static string PublicPage(int sharedCacheSeconds, int staleWhileRevalidateSeconds) =>
        FormattableString.Invariant($"public, max-age=0, s-maxage={sharedCacheSeconds}, stale-while-revalidate={staleWhileRevalidateSeconds}");

    /// <summary>Decided as the response starts, when its status, cookies and reader are known (error pages included).</summary>
    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(_setHeader, context);
        return next();
    }

    private Task SetHeader(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        if (headers.SetCookie.Count > 0)
        {
            headers.CacheControl = Personal;
        }
        else if (headers.CacheControl.Count == 0)
        {
            headers.CacheControl = IsSameForEveryone(context) ? _publicPage : Personal;
        }
        return Task.CompletedTask;
    }

    private static bool IsSameForEveryone(HttpContext context) =>
        context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified
        && HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.Authorization.Count == 0
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not null;
}

public static class CacheHeadersExtensions
{
    /// <summary>First, so that every response is covered, error pages among them.</summary>
    public static IApplicationBuilder UseCacheHeaders(this IApplicationBuilder app)
    {
        var headers = new CacheHeaders(app.ApplicationServices.GetRequiredService<IOptions<HandbookOptions>>().Value);
        return app.Use(headers.InvokeAsync);
    }
}
