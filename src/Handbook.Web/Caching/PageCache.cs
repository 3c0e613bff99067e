using Handbook.Web.Http;
using Handbook.Web.Data;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Handbook.Web.Caching;

/// <summary>
/// Marks the pages that are the same for every reader until the content changes: the page cache
/// keeps them whole, once per encoding, and serves them as a static server serves a file.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CachedPageAttribute : Attribute;

/// <summary>
/// Keeps rendered pages (<see cref="CachedPageAttribute"/>) and answers later requests for them with
/// the stored bytes: no controller, view or query runs, and the page is compressed once. Entries
/// are kept per content version and dropped together when the sync changes the content, because a
/// change to one chapter also shows in the contents, its neighbours, search and the role pages.
/// </summary>
/// <remarks>
/// ASP.NET Core's output cache did this job before. Every hit there goes through a dispatcher that
/// makes concurrent requests for one page wait on each other, and reads the entry back from its
/// serialised form: on /contents, about a tenth of the requests a second the site can serve.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Middleware lives as long as the app, and ASP.NET Core never disposes it: its cache goes with the process.")]
public sealed class PageCache(RequestDelegate next, ContentSync sync, IResponseCompressionProvider compression, TimeProvider time)
{
    /// <summary>All pages together, in bytes (as ASP.NET Core's output cache): the least used go first.</summary>
    public const long SizeLimit = 100 * 1024 * 1024;

    /// <summary>A page larger than this is served but not kept.</summary>
    public const int PageSizeLimit = 4 * 1024 * 1024;

    private static readonly string Build = typeof(PageCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    // Sent with a 304 (RFC 9110, 15.4.5): what lets a cache update the copy it holds, and nothing else.
    private static readonly string[] NotModifiedHeaders = [HeaderNames.CacheControl, HeaderNames.ContentLocation, HeaderNames.ETag, HeaderNames.Expires, HeaderNames.Vary];

    // Set by the server or for each response (the security headers among them), or about one
    // connection (hop-by-hop, RFC 9110 7.6.1: a "Connection: close" one client asked for), so never kept.
    private static readonly HashSet<string> UnkeptHeaders = new(
        [
            HeaderNames.Age, HeaderNames.ContentLength, HeaderNames.Date, HeaderNames.Server, HeaderNames.SetCookie,
            HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.ProxyConnection, HeaderNames.TE, HeaderNames.Trailer,
            HeaderNames.TransferEncoding, HeaderNames.Upgrade, .. SecurityHeaders.Names,
        ],
        StringComparer.OrdinalIgnoreCase);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = SizeLimit });
    private readonly Lock _clearing = new();
    private string _keptVersion = "";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // GET only: a HEAD request reaches this point as a GET with no body to send (WebExtensions).
        if (!HttpMethods.IsGet(request.Method) || request.Headers.Authorization.Count > 0
            || context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is null)
        {
            return next(context);
        }

        var version = sync.CurrentVersion;
        if (version != _keptVersion)
        {
            DropEarlierVersions();
        }
        // The encoding the compression middleware will pick for this request: the entry holds its
        // bytes, so that `br` and `gzip;q=0.5, br` share one. The host is not part of the key: a
        // page's absolute links come from the configured public address, never from the request.
        var encoding = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        // The day is part of the key: every page's printout says the day it was printed.
        var day = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var key = $"{version} {day} {encoding} {request.PathBase.Value}{request.Path.Value}{request.QueryString.Value}";
        if (_pages.TryGetValue(key, out RenderedPage? page))
        {
            return ServeAsync(context, page!);
        }

        // The day is in the tag too: a cache that asks again the next day must not be told its copy,
        // printed "yesterday", is current.
        var etag = version.Length > 0 ? $"\"{version}-{day}-{Build}-{encoding}\"" : null;
        // A cache in front asks again with the tag another instance gave it (or this one, before a
        // restart): the same tag is the same page, current without rendering it.
        if (etag is not null && IsNotModified(request, etag, anyTag: false))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }
        return RenderAndKeepAsync(context, version, etag, key);
    }

    private void DropEarlierVersions()
    {
        lock (_clearing)
        {
            // The version read now, not the request's: a request that read the old version just
            // before a sync must not drop the pages of the new one.
            var current = sync.CurrentVersion;
            if (current != _keptVersion)
            {
                _pages.Clear();
                _keptVersion = current;
            }
        }
    }

    private static Task ServeAsync(HttpContext context, RenderedPage page)
    {
        var response = context.Response;
        if (page.ETag is { } etag && IsNotModified(context.Request, etag, anyTag: true))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            foreach (var (name, value) in page.Headers)
            {
                if (NotModifiedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    response.Headers[name] = value;
                }
            }
            return Task.CompletedTask;
        }

        // No Age header: the page is as current as the content, however long ago it was rendered, and
        // a shared cache counts Age against s-maxage (RFC 9111, 4.2.3), so it would take a page held
        // here for longer than that as stale on arrival, and keep none.
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }
        response.ContentLength = page.Body.Length;
        return response.Body.WriteAsync(page.Body, 0, page.Body.Length, context.RequestAborted);
    }

    /// <param name="anyTag">Whether "*" matches: only when the page is known to exist (it is kept).</param>
    private static bool IsNotModified(HttpRequest request, string etag, bool anyTag)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }
        if (ifNoneMatch.Count == 1 && ifNoneMatch[0] == "*")
        {
            return anyTag;
        }
        // Weak comparison, as RFC 9110 asks of If-None-Match.
        var current = new EntityTagHeaderValue(etag);
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(tag => tag.Compare(current, useStrongComparison: false));
    }

    private async Task RenderAndKeepAsync(HttpContext context, string version, string? etag, string key)
    {
        // Headers set before this point belong to the request (HSTS, say), not to the page.
        var earlierHeaders = context.Response.Headers.Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Set before the page renders. Vary is sent whatever the request asked, so that a shared cache
        // never hands one encoding to a client that asked for another.
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var copy = new CopyingStream(body.Stream, PageSizeLimit);
        var copyingBody = new StreamResponseBodyFeature(copy, body);
        context.Features.Set<IHttpResponseBodyFeature>(copyingBody);
        try
        {
            await next(context);
            // Flushes what the page wrote into the copy. Not for an error with nothing sent yet: the
            // error page middleware, further out, can still put a page in its empty body.
            if (context.Response.StatusCode == StatusCodes.Status200OK || context.Response.HasStarted)
            {
                await copyingBody.CompleteAsync();
            }
        }
        finally
        {
            context.Features.Set(body);
        }

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            // A moderator's render may show what only moderators see: it is never kept.
            || context.User.Identity?.IsAuthenticated == true
            || context.RequestAborted.IsCancellationRequested
            || copy.Copy is not { } bytes
            // Rendered from content that a sync has since replaced.
            || version != sync.CurrentVersion)
        {
            return;
        }

        var headers = response.Headers
            .Where(h => !UnkeptHeaders.Contains(h.Key) && !earlierHeaders.Contains(h.Key))
            .ToArray();
        var page = new RenderedPage(headers, response.Headers.ETag.Count == 1 ? response.Headers.ETag[0] : null, bytes);
        _pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Size });
    }

    private sealed record RenderedPage(KeyValuePair<string, StringValues>[] Headers, string? ETag, byte[] Body)
    {
        public long Size => Body.Length + 1024;
    }
}

public static class PageCacheExtensions
{
    /// <summary>After routing, so that only the pages marked <see cref="CachedPageAttribute"/> are looked for.</summary>
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app) => app.UseMiddleware<PageCache>();
}
