using System.Data.Common;
using System.Net;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

public sealed class PageCachingOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private sealed class QueryCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task A_page_is_served_from_the_cache_and_answers_304_to_its_etag()
    {
        var client = _app.CreateClient();
        using var first = await client.GetAsync("/chapters/licence");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        request.Headers.IfNoneMatch.Add(etag);
        using var conditional = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
    }

    [Fact]
    public async Task A_conditional_request_is_answered_304_when_any_tag_it_names_matches_even_weakly()
    {
        var client = _app.CreateClient();
        using var first = await client.GetAsync("/chapters/licence");
        var etag = first.Headers.ETag!.Tag;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"an-older-version\", W/{etag}");
        using var conditional = await client.SendAsync(request);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"an-older-version\"");
        using var full = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(etag, conditional.Headers.ETag?.Tag);
        Assert.Empty(conditional.Content.Headers.ContentType?.MediaType ?? "");
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Contains("<h1", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_is_sent_with_its_length()
    {
        var client = _app.CreateClient();
        using (await client.GetAsync("/contents"))
        {
        }

        using var cached = await client.GetAsync("/contents");
        var body = await cached.Content.ReadAsByteArrayAsync();

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(body.Length, cached.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task A_head_request_is_answered_like_a_get_without_a_body()
    {
        using var response = await _app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/chapters/licence"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_content_change_evicts_cached_pages_and_changes_the_etag()
    {
        var client = _app.CreateClient();
        using var before = await client.GetAsync("/contents");
        _app.Content.WithChapter("preface", 2, "licence", "The licence, renamed", frontMatter: "aliases: [sharing]");

        await _app.SyncAsync();

        using var after = await client.GetAsync("/contents");
        Assert.Contains("The licence, renamed", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Pages_and_the_feed_are_compressed_for_clients_that_accept_it_but_forms_with_secrets_are_not()
    {
        var client = _app.CreateClient();

        using var page = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        page.Headers.AcceptEncoding.ParseAdd("br");
        using var feed = new HttpRequestMessage(HttpMethod.Get, "/changes.atom");
        feed.Headers.AcceptEncoding.ParseAdd("br");
        using var form = new HttpRequestMessage(HttpMethod.Get, "/suggest?page=%2Fchapters%2Flicence");
        form.Headers.AcceptEncoding.ParseAdd("br");

        Assert.Equal("br", Assert.Single((await client.SendAsync(page)).Content.Headers.ContentEncoding));
        Assert.Equal("br", Assert.Single((await client.SendAsync(feed)).Content.Headers.ContentEncoding));
        Assert.Empty((await client.SendAsync(form)).Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_cached_page_is_kept_in_each_encoding_with_an_etag_of_its_own()
    {
        var client = _app.CreateClient();
        async Task<(HttpResponseMessage Response, string Html)> Get(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStreamAsync();
            var decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
            {
                "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
                _ => body,
            };
            using var reader = new StreamReader(decoded);
            return (response, await reader.ReadToEndAsync());
        }

        var (brotli, brotliHtml) = await Get("br");
        var (gzip, gzipHtml) = await Get("gzip");
        var (plain, plainHtml) = await Get(null);
        var (brotliAgain, brotliAgainHtml) = await Get("gzip;q=0.5, br");

        Assert.Equal(["br", "gzip"], [brotli.Content.Headers.ContentEncoding.Single(), gzip.Content.Headers.ContentEncoding.Single()]);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal("br", brotliAgain.Content.Headers.ContentEncoding.Single());
        Assert.NotNull(brotliAgain.Headers.Age); // served from the cache
        Assert.Equal(brotli.Headers.ETag, brotliAgain.Headers.ETag);
        Assert.Equal(3, new[] { brotli, gzip, plain }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
        Assert.All(new[] { brotli, gzip, plain, brotliAgain }, r => Assert.Contains("Accept-Encoding", r.Headers.Vary));
        Assert.Contains("<h1", plainHtml, StringComparison.Ordinal);
        Assert.All(new[] { brotliHtml, gzipHtml, brotliAgainHtml }, html => Assert.Equal(plainHtml, html));
    }

    [Fact]
    public async Task A_signed_in_moderator_is_served_the_cached_page_and_their_own_render_is_never_stored()
    {
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var moderator = await _app.SignedInClientAsync();
        using (await anonymous.GetAsync("/contents"))
        {
        }

        // The cache answers before authentication: a moderator gets the page everyone gets.
        using var cachedForModerator = await moderator.GetAsync("/contents");
        // A page first asked for by a moderator is rendered for them and not kept.
        using (await moderator.GetAsync("/chapters/licence"))
        {
        }
        using var renderedForAnonymous = await anonymous.GetAsync("/chapters/licence");
        using var queue = await moderator.GetAsync("/admin/suggestions");
        using var queueForAnonymous = await anonymous.GetAsync("/admin/suggestions");

        Assert.NotNull(cachedForModerator.Headers.Age);
        Assert.Null(renderedForAnonymous.Headers.Age);
        Assert.Contains(Moderators.Email, await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Moderators.Email, await cachedForModerator.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Moderators.Email, await renderedForAnonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, queueForAnonymous.StatusCode);
        Assert.Contains("/admin/sign-in", queueForAnonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chapters/work-with-agility")]
    [InlineData("/roles/product-manager")]
    [InlineData("/contents")]
    public async Task A_page_makes_a_few_queries_however_long_its_lists_and_none_once_cached(string url)
    {
        var counter = new QueryCounter();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(counter)));
        var client = app.CreateClient();
        counter.Reset();

        using (await client.GetAsync(url))
        {
        }
        var rendered = counter.Count;
        counter.Reset();
        using (await client.GetAsync(url))
        {
        }

        Assert.InRange(rendered, 1, 8);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task A_chapters_query_count_does_not_grow_with_its_headings_and_reading()
    {
        var counter = new QueryCounter();
        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"## Heading {i}\n\nText {i}.")),
            frontMatter: "aliases: [sharing]\nreading:\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"  - title: \"Book {i}\"\n    url: \"https://example.org/{i}\"\n    kind: book\n")));
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(counter)));
        var client = app.CreateClient();

        counter.Reset();
        using (await client.GetAsync("/chapters/introduction"))
        {
        }
        var small = counter.Count;
        counter.Reset();
        using (await client.GetAsync("/chapters/licence"))
        {
        }

        Assert.Equal(small, counter.Count);
    }
}
