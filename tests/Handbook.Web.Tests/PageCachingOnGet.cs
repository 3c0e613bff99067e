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
    public async Task A_tag_from_another_instance_is_answered_304_without_rendering_the_page()
    {
        using var other = new HandbookFactory(_app.Content);
        var queries = _app.CountQueries();
        using var fromOther = await other.CreateClient().GetAsync("/chapters/licence");
        var client = _app.CreateClient();
        using (await client.GetAsync("/contents"))
        {
        }

        queries.Reset();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        request.Headers.IfNoneMatch.Add(fromOther.Headers.ETag!);
        using var conditional = await client.SendAsync(request);
        var queriesForConditional = queries.Count;
        using var anyTag = new HttpRequestMessage(HttpMethod.Get, "/chapters/no-such-chapter");
        anyTag.Headers.TryAddWithoutValidation("If-None-Match", "*");
        using var missing = await client.SendAsync(anyTag);

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(0, queriesForConditional);
        Assert.Equal(fromOther.Headers.ETag, conditional.Headers.ETag);
        Assert.Equal(fromOther.Headers.CacheControl, conditional.Headers.CacheControl);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
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

    private sealed class MovableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task A_page_is_tagged_anew_each_day_as_its_printout_names_the_day()
    {
        var time = new MovableTime(new DateTimeOffset(2026, 12, 4, 23, 59, 0, TimeSpan.Zero));
        _app.WithTime(time);
        var client = _app.CreateClient();
        using var yesterday = await client.GetAsync("/chapters/licence");

        time.Now = time.Now.AddMinutes(2);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        request.Headers.IfNoneMatch.Add(yesterday.Headers.ETag!);
        using var today = await client.SendAsync(request);

        Assert.Contains("Printed on 4 December 2026", await yesterday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        Assert.Contains("Printed on 5 December 2026", await today.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(yesterday.Headers.ETag, today.Headers.ETag);
    }

    [Fact]
    public async Task A_cached_page_is_sent_with_its_length()
    {
        var queries = _app.CountQueries();
        var client = _app.CreateClient();
        using (await client.GetAsync("/contents"))
        {
        }

        queries.Reset();
        using var cached = await client.GetAsync("/contents");
        var body = await cached.Content.ReadAsByteArrayAsync();

        Assert.Equal(0, queries.Count); // from the page cache
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
        var queries = _app.CountQueries();
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
        queries.Reset();
        var (brotliAgain, brotliAgainHtml) = await Get("gzip;q=0.5, br");

        Assert.Equal(["br", "gzip"], [brotli.Content.Headers.ContentEncoding.Single(), gzip.Content.Headers.ContentEncoding.Single()]);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal("br", brotliAgain.Content.Headers.ContentEncoding.Single());
        Assert.Equal(0, queries.Count); // served from the cache
        Assert.Equal(brotli.Headers.ETag, brotliAgain.Headers.ETag);
        Assert.Equal(3, new[] { brotli, gzip, plain }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
        Assert.All(new[] { brotli, gzip, plain, brotliAgain }, r => Assert.Contains("Accept-Encoding", r.Headers.Vary));
        Assert.Contains("<h1", plainHtml, StringComparison.Ordinal);
        Assert.All(new[] { brotliHtml, gzipHtml, brotliAgainHtml }, html => Assert.Equal(plainHtml, html));
    }

    [Fact]
    public async Task A_signed_in_moderator_is_served_the_cached_page_and_their_own_render_is_never_stored()
    {
        var queries = _app.CountQueries();
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var moderator = await _app.SignedInClientAsync();
        using (await anonymous.GetAsync("/contents"))
        {
        }

        // The cache answers before authentication: a moderator gets the page everyone gets.
        queries.Reset();
        using var cachedForModerator = await moderator.GetAsync("/contents");
        var queriesForCached = queries.Count;
        // A page first asked for by a moderator is rendered for them and not kept.
        using (await moderator.GetAsync("/chapters/licence"))
        {
        }
        queries.Reset();
        using var renderedForAnonymous = await anonymous.GetAsync("/chapters/licence");
        var queriesForRendered = queries.Count;
        using var queue = await moderator.GetAsync("/admin/suggestions");
        using var queueForAnonymous = await anonymous.GetAsync("/admin/suggestions");

        Assert.Equal(0, queriesForCached);
        Assert.NotEqual(0, queriesForRendered);
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
