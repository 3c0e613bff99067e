using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>
/// The stylesheet and script are served from the build's static assets manifest: the pages link them
/// by an address that names their content, cached for a year, precompressed; the favicon and the
/// link-preview image keep their plain addresses.
/// </summary>
public sealed class StaticAssetsOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Theory]
    [InlineData("link[rel=stylesheet][href^='/css/']", "href", "css/handbook.css")]
    [InlineData("script[src^='/js/']", "src", "js/handbook.js")]
    public async Task A_page_links_the_asset_by_a_fingerprinted_address_cached_for_a_year(string selector, string attribute, string file)
    {
        var client = _app.CreateClient();
        var address = await LinkedAddressAsync(client, "/chapters/work-with-agility", selector, attribute);

        Assert.DoesNotContain('?', address);
        Assert.NotEqual("/" + file, address);
        using var response = await client.SendAsync(Get(address, "br"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllBytesAsync(WebRootFile(file)), await BodyAsync(response, "br"));
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData(null)]
    public async Task The_stylesheet_is_sent_compressed_as_the_reader_accepts(string? encoding)
    {
        var client = _app.CreateClient();
        var address = await LinkedAddressAsync(client, "/", "link[rel=stylesheet][href^='/css/']", "href");

        using var response = await client.SendAsync(Get(address, encoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(await File.ReadAllBytesAsync(WebRootFile("css/handbook.css")), await BodyAsync(response, encoding));
    }

    [Fact]
    public async Task A_conditional_request_for_a_linked_asset_is_answered_not_modified()
    {
        var client = _app.CreateClient();
        var address = await LinkedAddressAsync(client, "/", "script[src^='/js/']", "src");
        using var first = await client.SendAsync(Get(address, "br"));

        var conditional = Get(address, "br");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    /// <summary>
    /// The address names the file's content: it is the route the build gave to this very stylesheet
    /// (its SHA-256), so a changed stylesheet gets another address, and no reader keeps the old one.
    /// </summary>
    [Theory]
    [InlineData("link[rel=stylesheet][href^='/css/']", "href", "css/handbook.css")]
    [InlineData("script[src^='/js/']", "src", "js/handbook.js")]
    public async Task The_fingerprinted_address_is_the_one_the_build_gave_to_the_file_s_content(string selector, string attribute, string file)
    {
        var address = await LinkedAddressAsync(_app.CreateClient(), "/", selector, attribute);

        var integrity = "sha256-" + Convert.ToBase64String(SHA256.HashData(await File.ReadAllBytesAsync(WebRootFile(file))));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Handbook.Web.staticwebassets.endpoints.json")));
        var routes = manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(e => e.GetProperty("AssetFile").GetString() == file)
            .Where(e => e.GetProperty("EndpointProperties").EnumerateArray().Any(p => p.GetProperty("Name").GetString() == "fingerprint"))
            .Select(e => (Route: "/" + e.GetProperty("Route").GetString(), Integrity: e.GetProperty("EndpointProperties").EnumerateArray().Single(p => p.GetProperty("Name").GetString() == "integrity").GetProperty("Value").GetString()))
            .ToList();
        Assert.Equal([(address, integrity)], routes);
    }

    [Theory]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/images/og-image.png", "image/png")]
    [InlineData("/css/handbook.css", "text/css")]
    public async Task Assets_keep_their_plain_addresses_revalidated_by_etag(string address, string contentType)
    {
        using var response = await _app.CreateClient().SendAsync(Get(address, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.DoesNotContain("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
    }

    [Fact]
    public async Task The_link_preview_image_is_named_by_its_plain_absolute_address()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("http://localhost/images/og-image.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("/favicon.svg", page.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
    }

    private static async Task<string> LinkedAddressAsync(HttpClient client, string page, string selector, string attribute)
    {
        var document = await client.GetDocumentAsync(page);
        var element = document.QuerySelector(selector);
        Assert.NotNull(element);
        return element.GetAttribute(attribute)!;
    }

    private static HttpRequestMessage Get(string address, string? encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }
        return request;
    }

    private static async Task<byte[]> BodyAsync(HttpResponseMessage response, string? encoding)
    {
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var bytes = new MemoryStream();
        await decoded.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    private static string WebRootFile(string file) => Path.Combine(SourceFacts.RepositoryRoot, "src", "Handbook.Web", "wwwroot", file);
}
