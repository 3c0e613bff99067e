using System.Net;
using System.Net.Http.Headers;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>
/// What each response tells a shared cache in front of the site (nginx, a CDN) and the browser:
/// public pages for a stated while, anything personal never (the self-assessment: SelfAssessmentOnGet;
/// the static assets: StaticAssetsOnGet).
/// </summary>
public sealed class CacheControlOnEveryResponse : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/contents")]
    [InlineData("/chapters/licence")]
    [InlineData("/roles/product-manager")]
    [InlineData("/search?q=agility")]
    [InlineData("/print")]
    [InlineData("/changes.atom")]
    [InlineData("/roles/levels.csv")]
    public async Task A_public_page_may_be_kept_by_a_shared_cache_for_the_stated_bound(string url)
    {
        var client = _app.CreateClient();

        using var rendered = await client.GetAsync(url);
        using var cached = await client.GetAsync(url);

        foreach (var response in new[] { rendered, cached })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl!;
            Assert.True(cacheControl.Public, $"Cache-Control: {cacheControl}");
            Assert.Equal(TimeSpan.Zero, cacheControl.MaxAge); // a browser asks again each time
            Assert.Equal(TimeSpan.FromSeconds(30), cacheControl.SharedMaxAge);
            Assert.Equal("15", cacheControl.Extensions.Single(e => e.Name == "stale-while-revalidate").Value);
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task The_while_a_shared_cache_may_keep_a_page_is_configuration()
    {
        _app.WithSetting("Handbook:SharedCacheSeconds", "5").WithSetting("Handbook:StaleWhileRevalidateSeconds", "2");

        using var response = await _app.CreateClient().GetAsync("/contents");

        Assert.Equal("public, max-age=0, s-maxage=5, stale-while-revalidate=2", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_cache_that_asks_again_is_told_its_copy_is_current_and_for_how_long()
    {
        var client = _app.CreateClient();
        using var first = await client.GetAsync("/chapters/licence");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/chapters/licence");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.CacheControl, revalidated.Headers.CacheControl);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
    }

    [Theory]
    [InlineData("/suggest?page=%2Fchapters%2Flicence")]
    [InlineData("/admin/sign-in")]
    public async Task A_form_is_never_kept_by_a_shared_cache(string url)
    {
        using var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(response.Headers.GetValues("Set-Cookie")); // its antiforgery cookie
        AssertPersonal(response);
    }

    [Fact]
    public async Task A_moderators_page_is_never_kept_by_a_shared_cache()
    {
        var moderator = await _app.SignedInClientAsync();

        using var queue = await moderator.GetAsync("/admin/suggestions");
        using var signedOut = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        AssertPersonal(queue);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        AssertPersonal(signedOut);
    }

    [Fact]
    public async Task A_public_page_rendered_for_a_signed_in_moderator_is_never_kept_by_a_shared_cache()
    {
        var moderator = await _app.SignedInClientAsync();

        using var response = await moderator.GetAsync("/chapters/licence");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPersonal(response);
    }

    [Theory]
    [InlineData("/chapters/no-such-chapter", HttpStatusCode.NotFound)]
    [InlineData("/chapters/sharing", HttpStatusCode.MovedPermanently)]
    [InlineData("/error/500", HttpStatusCode.InternalServerError)]
    public async Task Error_pages_and_redirects_are_never_kept_by_a_shared_cache(string url, HttpStatusCode status)
    {
        using var response = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertPersonal(response);
    }

    private static void AssertPersonal(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl ?? new CacheControlHeaderValue();
        // no-store: kept by no cache, shared or the browser's (the antiforgery token's pages say "no-cache, no-store").
        Assert.True(cacheControl.NoStore && !cacheControl.Public, $"Cache-Control: {cacheControl}");
    }
}
