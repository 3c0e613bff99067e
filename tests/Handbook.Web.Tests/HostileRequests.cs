using System.Net;
using System.Text;
using Handbook.Web.Http;
using Handbook.Web.Tests.Browser;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>
/// Requests no browser sends: unreadable and oversized forms, a forged Host header, made-up
/// references. Each is answered 4xx with a readable page, counted and logged, and changes nothing
/// another reader sees.
/// </summary>
public sealed class HostileRequests : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private static StringContent Form(string body) => new(body, Encoding.ASCII, "application/x-www-form-urlencoded");

    [Theory]
    [InlineData("/suggest")]
    [InlineData("/admin/sign-in")]
    [InlineData("/admin/sign-out")]
    public async Task A_form_post_holding_a_nul_is_answered_400_with_a_readable_page_and_logged(string action)
    {
        var logs = _app.CaptureLogs();

        using var response = await _app.CreateClient().PostAsync(action, Form("x=%00&Text=a%00b"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form could not be sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(logs.Warnings, w => w.Contains($"Answered 400 to POST {action}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreadable_posts_count_against_the_clients_limit()
    {
        var client = _app.WithSetting("Handbook:Suggestions:PerMinute", "5").CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 7; i++)
        {
            using var response = await client.PostAsync("/suggest", Form("x=%00"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    public static TheoryData<string, string, HttpStatusCode> OversizedForms => new()
    {
        { "a value over the limit", "Text=" + new string('a', RequestLimits.MaxFormValueLength + 1), HttpStatusCode.BadRequest },
        { "more fields than any form has", string.Join('&', Enumerable.Range(0, RequestLimits.MaxFormFields + 1).Select(i => $"f{i}=1")), HttpStatusCode.BadRequest },
        { "a body over the limit", "Text=" + new string('a', (int)RequestLimits.MaxBodyBytes), HttpStatusCode.RequestEntityTooLarge },
        { "a body of 31 MB", "Text=" + new string('a', 31 * 1024 * 1024), HttpStatusCode.RequestEntityTooLarge },
    };

    [Theory]
    [MemberData(nameof(OversizedForms))]
    public async Task An_oversized_form_is_answered_400_or_413_with_a_readable_page(string what, string body, HttpStatusCode expected)
    {
        using var response = await _app.CreateClient().PostAsync("/suggest", Form(body));

        Assert.True(expected == response.StatusCode, $"{what}: answered {(int)response.StatusCode}");
        Assert.Contains("govuk-heading-xl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/chapters/licence")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/changes.atom")]
    [InlineData("/print-address.css")]
    public async Task A_forged_host_header_never_reaches_an_absolute_address(string path)
    {
        var client = _app.CreateClient();
        async Task<string> GetAsync(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        // The forged request comes first, so that its page is the one the page cache keeps.
        var forged = await GetAsync("evil.example");
        var honest = await GetAsync("localhost");

        Assert.DoesNotContain("evil.example", forged, StringComparison.Ordinal);
        Assert.Contains("http://localhost", honest, StringComparison.Ordinal);
        Assert.Equal(honest, forged);
    }

    [Fact]
    public async Task Hosts_are_refused_where_the_configuration_names_the_allowed_ones()
    {
        var client = _app.WithSetting("AllowedHosts", "localhost").CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/contents");
        request.Headers.Host = "evil.example";

        using var forged = await client.SendAsync(request);
        using var honest = await client.GetAsync("/contents");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, honest.StatusCode);
    }

    [Fact]
    public async Task The_suggestion_forms_canonical_address_is_a_page_that_exists()
    {
        var client = _app.CreateClient();
        var form = await client.GetDocumentAsync("/suggest?page=%2Fchapters%2Flicence");
        var canonical = new Uri(form.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!);

        using var response = await client.GetAsync(canonical.PathAndQuery);

        Assert.Equal("/suggest?page=%2Fchapters%2Flicence", canonical.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_thank_you_page_exists_only_for_a_reference_the_site_issued()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        using var posted = await client.SubmitAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest",
            new Dictionary<string, string> { ["Text"] = "Name the licence in full." });
        var thanks = posted.Headers.Location!.OriginalString;
        var issued = thanks.Split('?')[0].Split('/')[^1];

        using var real = await client.GetAsync(thanks);
        using var madeUp = await client.GetAsync("/suggest/thanks/HB-ZZZZZZZZ?page=%2Fchapters%2Flicence");
        using var otherProof = await client.GetAsync(thanks.Replace(issued, "HB-ZZZZZZZZ", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Contains(issued, await real.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, madeUp.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProof.StatusCode);
    }

    [Fact]
    public async Task A_connection_header_one_client_asked_for_is_never_kept_for_the_next()
    {
        // Kestrel, not the test server: it is Kestrel that answers "Connection: close" in kind.
        using var content = Handbooks.TwoParts();
        QueryCounter? queries = null;
        using var app = new BrowserApp(content, configure: factory => queries = factory.CountQueries());
        using var client = new HttpClient();
        using (var closing = new HttpRequestMessage(HttpMethod.Get, app.Url("/contents")))
        {
            closing.Headers.ConnectionClose = true;
            using var closed = await client.SendAsync(closing);
            Assert.True(closed.Headers.ConnectionClose);
        }

        queries!.Reset();
        using var next = await client.GetAsync(app.Url("/contents"));

        Assert.Equal(0, queries.Count); // from the page cache
        Assert.NotEqual(true, next.Headers.ConnectionClose);
    }
}
