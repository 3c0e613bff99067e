using System.Diagnostics;
using System.Net;
using Handbook.Web.Tests.Browser;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests.Deployment;

/// <summary>
/// deploy/nginx.conf with real nginx in front of two app instances on real Kestrel ports (each on a
/// store of its own, reading one content folder): what it keeps, how it asks again, how soon an edit
/// shows through it, and that it keeps nothing personal.
/// </summary>
public sealed class NginxCacheInFront : IDisposable
{
    private readonly Handbook.Testing.ContentBuilder _content = Handbooks.CurrentFramework();
    private readonly List<IDisposable> _started = [];
    private readonly HttpClient _client = new();
    private BrowserApp[] _apps = [];
    private NginxFront? _nginx;

    public void Dispose()
    {
        _client.Dispose();
        foreach (var started in Enumerable.Reverse(_started))
        {
            started.Dispose();
        }
        _content.Dispose();
    }

    /// <summary>
    /// App instances (one or two) and nginx in front, the instances with these settings. One serves
    /// what a moderator signs in to: each instance here keeps its own key ring (in its own store), where
    /// instances sharing PostgreSQL share one.
    /// </summary>
    private NginxFront Start(int instances, params (string Key, string Value)[] settings)
    {
        _apps = [.. Enumerable.Range(0, instances).Select(_ => new BrowserApp(_content, configure: factory =>
        {
            foreach (var (key, value) in settings)
            {
                factory.WithSetting(key, value);
            }
        }))];
        _started.AddRange(_apps);
        _nginx = new NginxFront(new Uri(_apps[0].BaseUrl).Authority, new Uri(_apps[^1].BaseUrl).Authority);
        _started.Add(_nginx);
        return _nginx;
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? _client).GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : null;

    [NginxFact]
    public async Task A_public_page_asked_for_again_is_served_by_nginx_s_cache()
    {
        var nginx = Start(2);

        foreach (var page in new[] { "/chapters/licence", "/contents", "/roles/product-manager" })
        {
            var (first, firstBody) = await GetAsync(nginx.Url(page));
            var (second, secondBody) = await GetAsync(nginx.Url(page));

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal("MISS HIT", $"{CacheStatus(first)} {CacheStatus(second)}");
            Assert.Equal(firstBody, secondBody);
            Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        }
    }

    [NginxFact]
    public async Task Each_encoding_is_kept_apart_so_a_reader_gets_the_one_it_asked_for()
    {
        var nginx = Start(2);
        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, nginx.Url("/chapters/licence"));
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }
            return await _client.SendAsync(request);
        }

        using var brotli = await GetAsync("br");
        using var plain = await GetAsync(null);
        using var brotliAgain = await GetAsync("br");
        using var plainAgain = await GetAsync(null);

        Assert.Equal("MISS MISS HIT HIT", $"{CacheStatus(brotli)} {CacheStatus(plain)} {CacheStatus(brotliAgain)} {CacheStatus(plainAgain)}");
        Assert.Equal(["br"], brotliAgain.Content.Headers.ContentEncoding);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await plainAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task The_stylesheet_is_served_from_disk_by_the_address_the_pages_link()
    {
        var nginx = Start(2);
        var (_, html) = await GetAsync(nginx.Url("/"));
        var stylesheet = (await Html.ParseAsync(html)).QuerySelector("link[rel=stylesheet][href^='/css/']")!.GetAttribute("href")!;

        var (response, css) = await GetAsync(nginx.Url(stylesheet));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(CacheStatus(response)); // not from the app
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(SourceFacts.RepositoryRoot, "src", "Handbook.Web", "wwwroot", "css", "handbook.css")), css);
    }

    [NginxFact]
    public async Task An_expired_copy_is_checked_with_the_app_which_answers_not_modified()
    {
        var nginx = Start(2, ("Handbook:SharedCacheSeconds", "1"), ("Handbook:StaleWhileRevalidateSeconds", "0"));
        var (first, firstBody) = await GetAsync(nginx.Url("/chapters/licence"));

        await Task.Delay(TimeSpan.FromSeconds(2.1));
        var (revalidated, revalidatedBody) = await GetAsync(nginx.Url("/chapters/licence"));
        var (after, _) = await GetAsync(nginx.Url("/chapters/licence"));

        // REVALIDATED: nginx asked with the ETag it holds and the app answered 304.
        Assert.Equal("MISS REVALIDATED HIT", $"{CacheStatus(first)} {CacheStatus(revalidated)} {CacheStatus(after)}");
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Equal(firstBody, revalidatedBody);
    }

    [NginxFact]
    public async Task An_edit_is_served_through_the_cache_within_the_stated_bound()
    {
        const int sharedCacheSeconds = 1, staleWhileRevalidateSeconds = 1;
        var nginx = Start(2, ("Handbook:SharedCacheSeconds", $"{sharedCacheSeconds}"), ("Handbook:StaleWhileRevalidateSeconds", $"{staleWhileRevalidateSeconds}"));
        var (_, before) = await GetAsync(nginx.Url("/chapters/licence"));
        var (held, _) = await GetAsync(nginx.Url("/chapters/licence"));
        Assert.Equal("HIT", CacheStatus(held));

        _content.WithChapter("preface", 2, "licence", "The licence, edited", frontMatter: "aliases: [sharing]");
        foreach (var app in _apps)
        {
            await app.Factory.SyncAsync();
        }
        var sinceSync = Stopwatch.StartNew();
        string body;
        do
        {
            await Task.Delay(50);
            (_, body) = await GetAsync(nginx.Url("/chapters/licence"));
        }
        while (!body.Contains("The licence, edited", StringComparison.Ordinal) && sinceSync.Elapsed < TimeSpan.FromSeconds(10));

        Assert.DoesNotContain("The licence, edited", before, StringComparison.Ordinal);
        Assert.Contains("The licence, edited", body, StringComparison.Ordinal);
        // A reader asking all along is handed the old copy at most until it expires (nginx counts whole
        // seconds: up to one more) and one update runs.
        Assert.InRange(sinceSync.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(sharedCacheSeconds + staleWhileRevalidateSeconds + 1.5));
    }

    [NginxFact]
    public async Task The_first_reader_after_a_quiet_while_is_never_handed_a_copy_past_the_bound()
    {
        var nginx = Start(2, ("Handbook:SharedCacheSeconds", "1"), ("Handbook:StaleWhileRevalidateSeconds", "1"));
        using (await _client.GetAsync(nginx.Url("/chapters/licence")))
        {
        }

        // Nobody asks for longer than s-maxage and stale-while-revalidate together, and the second nginx's
        // clock may add (it counts whole seconds); meanwhile the page changes.
        await Task.Delay(TimeSpan.FromSeconds(3.1));
        _content.WithChapter("preface", 2, "licence", "The licence, edited", frontMatter: "aliases: [sharing]");
        foreach (var app in _apps)
        {
            await app.Factory.SyncAsync();
        }
        var (first, body) = await GetAsync(nginx.Url("/chapters/licence"));

        Assert.NotEqual("STALE", CacheStatus(first));
        Assert.Contains("The licence, edited", body, StringComparison.Ordinal);
    }

    [NginxFact]
    public async Task No_personal_page_is_ever_kept_by_nginx()
    {
        var nginx = Start(1);
        await _apps[0].Factory.AddModeratorAsync();
        using var moderator = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(nginx.BaseUrl) };
        using var signedIn = await moderator.SubmitAsync("/admin/sign-in", "/admin/sign-in",
            new Dictionary<string, string> { ["Email"] = Moderators.Email, ["Password"] = Moderators.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var reader = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(nginx.BaseUrl) };

        var pages = new (HttpClient Client, string Url)[]
        {
            (reader, "/suggest?page=%2Fchapters%2Flicence"),
            (reader, "/admin/sign-in"),
            (reader, "/roles/product-manager/assess?product-management=working"),
            (moderator, "/admin/suggestions"),
            (moderator, "/chapters/licence"),
        };
        foreach (var (client, url) in pages)
        {
            for (var time = 0; time < 2; time++)
            {
                var (response, _) = await GetAsync(url, client);
                Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
                Assert.NotEqual("HIT", CacheStatus(response));
            }
        }
        // Nor is the moderators' queue handed to a reader, and the chapter a moderator was served first is
        // rendered again for the next reader (the moderator's render was not kept).
        var (queue, _) = await GetAsync("/admin/suggestions", reader);
        var (chapter, chapterBody) = await GetAsync("/chapters/licence", reader);
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.Equal("MISS", CacheStatus(chapter));
        Assert.DoesNotContain(Moderators.Email, chapterBody, StringComparison.Ordinal);
    }
}
