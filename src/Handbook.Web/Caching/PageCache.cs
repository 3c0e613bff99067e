using Handbook.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Handbook.Web.Caching;

/// <summary>
/// Rendered pages are cached whole and served as a static server would serve a file, until the
/// content sync changes the content: then every cached page is evicted at once (by tag), because a
/// change to one chapter also shows in the contents, its neighbours, search and the role pages.
/// </summary>
public static class PageCache
{
    public const string Policy = "pages";
    public const string Tag = "content";

    public static IServiceCollection AddPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, policy => policy
                .Tag(Tag)
                .SetVaryByQuery("*")
                .Expire(TimeSpan.FromDays(1))
                .AddPolicy<ContentETagPolicy>());
        });
}

/// <summary>
/// Keys every cached page by the content version and the encoding the client gets (Brotli, gzip or
/// none), and gives it an ETag made of the three and the app's build, so that a reader's conditional
/// request is answered 304 while none has changed, and each encoding has a tag of its own.
/// </summary>
public sealed class ContentETagPolicy(ContentSync sync, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    private static readonly string Build = typeof(ContentETagPolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var version = sync.CurrentVersion;
        // Entries are kept per content version: a page that began rendering from the old content
        // while a sync committed the new one is stored under the old version, never served after it.
        context.CacheVaryByRules.VaryByValues["content"] = version;
        // The page is compressed inside the cache: the entry holds the bytes of the encoding the
        // compression middleware picks for this request. The output cache does not vary by
        // Accept-Encoding itself, and keying by the raw header would keep a copy per browser's spelling.
        var encoding = compression.GetCompressionProvider(context.HttpContext)?.EncodingName ?? "identity";
        context.CacheVaryByRules.VaryByValues["encoding"] = encoding;
        // Set before the page renders: the output cache copies the headers into its entry as soon as
        // the body starts, and answers a matching If-None-Match from that entry with 304. Vary is set
        // whatever the request asked, so that a shared cache never hands one encoding to a client
        // that asked for another.
        context.HttpContext.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (version.Length > 0)
        {
            context.HttpContext.Response.Headers.ETag = $"\"{version}-{Build}-{encoding}\"";
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
