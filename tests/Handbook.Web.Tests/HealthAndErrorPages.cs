using System.Net;
using System.Text.Json;
using Handbook.Testing;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

public sealed class HealthAndErrorPages : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task The_footer_links_readers_to_pages_not_to_the_health_check()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/contents");

        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, href => href.Contains("healthz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_reports_ready_with_the_content_version()
    {
        using var response = await _app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(_app.Services.GetRequiredService<ContentSync>().CurrentVersion, health.RootElement.GetProperty("contentVersion").GetString());
        Assert.Empty(health.RootElement.GetProperty("contentErrors").EnumerateArray());
    }

    [Fact]
    public async Task Healthz_reports_the_new_content_version_once_an_edit_is_synced()
    {
        var client = _app.CreateClient();
        var before = await VersionAsync(client);

        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Edited.", frontMatter: "aliases: [sharing]");
        var result = await _app.SyncAsync();

        var after = await VersionAsync(client);
        Assert.NotEqual(before, after);
        Assert.Equal(result.Version, after);
        Assert.Equal(_app.Services.GetRequiredService<ContentSync>().CurrentVersion, after);
    }

    private static async Task<string> VersionAsync(HttpClient client)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        return health.RootElement.GetProperty("contentVersion").GetString()!;
    }

    [Fact]
    public async Task Healthz_before_any_content_was_imported_names_the_missing_content_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "handbook-no-such-content-" + Guid.NewGuid().ToString("N"));
        using var app = new HandbookFactory(ContentBuilder.Existing(missing));

        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("starting", health.RootElement.GetProperty("status").GetString());
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal(missing, error.GetProperty("path").GetString());
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_that_links_to_the_contents()
    {
        using var response = await _app.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/contents");
    }

    [Fact]
    public async Task An_unexpected_error_is_a_plain_500_without_a_stack_trace()
    {
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new ThrowOnPath("/boom"))));

        using var response = await app.CreateClient().GetAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowOnPath", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/chapters/no-such-chapter")]
    [InlineData("/boom")]
    public async Task An_error_page_names_no_address_of_its_own_for_link_previews(string url)
    {
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new ThrowOnPath("/boom"))));

        using var response = await app.CreateClient().GetAsync(url);

        Assert.False(response.IsSuccessStatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Null(page.QuerySelector("meta[name='twitter:url']"));
        Assert.DoesNotContain("/error/", page.Head!.InnerHtml, StringComparison.Ordinal);
    }

    private sealed class ThrowOnPath(string path) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, following) => context.Request.Path == path
                ? throw new InvalidOperationException("A test failure from ThrowOnPath")
                : following(context));
        };
    }
}
