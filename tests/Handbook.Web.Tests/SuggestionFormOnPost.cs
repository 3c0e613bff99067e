using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

public sealed class SuggestionFormOnPost : IDisposable
{
    private const string Form = "/suggest?page=%2Fchapters%2Fwork-with-agility&section=in-government";
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private HttpClient Client() => _app.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<List<Suggestion>> StoredAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
    }

    [Fact]
    public async Task Chapter_and_role_pages_link_to_the_form_for_the_page_and_for_each_section()
    {
        var client = _app.CreateClient();
        var chapter = await client.GetDocumentAsync("/chapters/work-with-agility");
        var role = await client.GetDocumentAsync("/roles/product-manager");

        Assert.Contains(chapter.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/suggest?page=%2Fchapters%2Fwork-with-agility" && a.Text() == "Suggest an edit to this page");
        Assert.Equal(
            ["/suggest?page=%2Fchapters%2Fwork-with-agility&section=the-manifesto", "/suggest?page=%2Fchapters%2Fwork-with-agility&section=twelve-principles",
             "/suggest?page=%2Fchapters%2Fwork-with-agility&section=in-government", "/suggest?page=%2Fchapters%2Fwork-with-agility&section=reading",
             "/suggest?page=%2Fchapters%2Fwork-with-agility&section=training", "/suggest?page=%2Fchapters%2Fwork-with-agility&section=builds"],
            chapter.QuerySelectorAll(".hb-heading__suggest").Select(a => a.GetAttribute("href")));
        Assert.Equal("Suggest a change to the section: In government", chapter.QuerySelectorAll(".hb-heading__suggest")[2].Text());
        Assert.Equal("Suggest a change to the section: Training", chapter.QuerySelectorAll(".hb-heading__suggest")[^2].Text());
        Assert.Contains(role.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/suggest?page=%2Froles%2Fproduct-manager");
        Assert.Equal("/suggest?page=%2Froles%2Fproduct-manager&section=what-the-role-is", role.QuerySelector(".hb-heading__suggest")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_form_opens_with_the_section_chosen()
    {
        var page = await _app.CreateClient().GetDocumentAsync(Form);

        Assert.Equal("Suggest an edit", page.QuerySelector("h1")!.Text());
        Assert.Equal("in-government", Html.ChosenSection(page));
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotEmpty(page.QuerySelectorAll("input:not([type=hidden]), textarea, select"));
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), textarea, select"), field =>
            Assert.NotNull(page.QuerySelector($"label[for={field.Id}]")));
    }

    [Fact]
    public async Task The_form_for_an_unknown_page_is_404()
    {
        using var response = await Client().GetAsync("/suggest?page=%2Fchapters%2Fnowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_suggestion_is_stored_and_the_reader_gets_a_reference_and_a_way_back()
    {
        var client = Client();

        using var response = await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string>
        {
            ["Text"] = "Add the twelve principles in full.",
            ["Name"] = "Ada",
            ["Email"] = "ada@example.gov.uk",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(("/chapters/work-with-agility", "in-government", "In government"), (stored.PagePath, stored.SectionAnchor, stored.SectionTitle));
        Assert.Equal(("Add the twelve principles in full.", "Ada", "ada@example.gov.uk", SuggestionStatus.New), (stored.Text, stored.Name, stored.Email, stored.Status));
        Assert.Equal(64, stored.ContentHash.Length);
        Assert.Matches($"^/suggest/thanks/{stored.Reference}\\?proof=[A-Za-z0-9_-]+&page=%2Fchapters%2Fwork-with-agility&section=in-government$", response.Headers.Location!.OriginalString);
        var thanks = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains(stored.Reference, thanks.QuerySelector(".govuk-panel")!.Text(), StringComparison.Ordinal);
        Assert.Contains(thanks.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/chapters/work-with-agility#in-government");
    }

    [Fact]
    public async Task A_suggestion_for_a_page_deleted_after_the_form_opened_is_stored_with_its_section_and_the_hash_seen()
    {
        _app.Content.WithChapter("preface", 3, "doomed", "Doomed", body: "## Old section\n\nText.");
        var client = Client();
        var values = await client.FormValuesAsync("/suggest?page=%2Fchapters%2Fdoomed&section=old-section", "/suggest");
        values["Text"] = "Typed before the page went.";
        _app.Content.Delete(_app.Content.ChapterPath("preface", 3, "doomed"));
        await _app.SyncAsync();

        using var response = await client.PostAsync("/suggest", new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(("/chapters/doomed", "old-section", values["Seen"], "Typed before the page went."),
            (stored.PagePath, stored.SectionAnchor, stored.ContentHash, stored.Text));
        Assert.Equal(64, stored.ContentHash.Length);
        var thanks = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(stored.Reference, thanks.QuerySelector(".govuk-panel")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_post_for_a_deleted_page_keeps_what_was_typed_and_then_stores_it()
    {
        var client = Client();
        var values = await client.FormValuesAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest");
        _app.Content.Delete(_app.Content.ChapterPath("preface", 2, "licence"));
        await _app.SyncAsync();
        values["Name"] = "Ada";

        using var rejected = await client.PostAsync("/suggest", new FormUrlEncodedContent(values));
        var page = await rejected.DocumentAsync();
        var again = Forms.Values(page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action") == "/suggest"));
        again["Text"] = "Now with text.";
        using var accepted = await client.PostAsync("/suggest", new FormUrlEncodedContent(again));

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("Enter your suggestion", page.QuerySelector(".govuk-error-summary a")!.Text());
        Assert.Equal("Ada", page.QuerySelector("input#name")!.GetAttribute("value"));
        Assert.Equal("/contents", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var stored = Assert.Single(await StoredAsync());
        Assert.Equal(("/chapters/licence", null, "Now with text.", "Ada"), (stored.PagePath, stored.SectionAnchor, stored.Text, stored.Name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/chapters/Not A Slug")]
    [InlineData("/chapters/work-with-agility/extra")]
    [InlineData("/contents")]
    [InlineData("/skills/user-focus")]
    [InlineData("chapters/no-leading-slash")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://evil.example/chapters/x")]
    public async Task A_page_that_cannot_be_a_handbook_page_gets_the_form_again_with_a_message_and_the_text_kept(string? pagePath)
    {
        var client = Client();
        var values = await client.FormValuesAsync(Form, "/suggest");
        if (pagePath is null)
        {
            values.Remove("Page");
        }
        else
        {
            values["Page"] = pagePath;
        }
        values["Text"] = "Please keep this <b>text</b>.";

        using var response = await client.PostAsync("/suggest", new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var link = Assert.Single(page.QuerySelectorAll(".govuk-error-summary a"));
        Assert.StartsWith("We could not tell which page your suggestion is about", link.Text(), StringComparison.Ordinal);
        Assert.Equal("#text", link.GetAttribute("href"));
        Assert.Equal("Please keep this <b>text</b>.", page.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal("/contents", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_is_400_and_stores_nothing()
    {
        using var response = await Client().PostAsync("/suggest", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Page"] = "/chapters/work-with-agility",
            ["Text"] = "Forged.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await StoredAsync());
    }

    [Theory]
    [InlineData("", "ada@example.gov.uk", "Text", "Enter your suggestion")]
    [InlineData("Fine text", "not-an-email", "Email", "Enter an email address in the correct format")]
    [InlineData(null, "ada@example.gov.uk", "Text", "Your suggestion must be 5,000 characters or fewer")]
    public async Task A_bad_post_says_what_to_fix_and_keeps_what_was_typed(string? text, string email, string field, string message)
    {
        text ??= new string('x', 5001);

        using var response = await Client().SubmitAsync(Form, "/suggest", new Dictionary<string, string>
        {
            ["Text"] = text,
            ["Name"] = "Ada <b>Lovelace</b>",
            ["Email"] = email,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelector(".govuk-error-summary")!;
        Assert.True(summary.HasAttribute("autofocus"));
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.StartsWith(message, link.Text(), StringComparison.Ordinal);
        Assert.Equal($"#{field.ToLowerInvariant()}", link.GetAttribute("href"));
        Assert.Contains(message, page.QuerySelector($"#{field.ToLowerInvariant()}-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector("textarea#text")!.TextContent);
        Assert.Equal("Ada <b>Lovelace</b>", page.QuerySelector("input#name")!.GetAttribute("value"));
        Assert.Equal(email, page.QuerySelector("input#email")!.GetAttribute("value"));
        Assert.Equal("in-government", Html.ChosenSection(page));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Long_pasted_text_is_never_cut_short_by_the_browser_but_answered_with_a_message()
    {
        var client = Client();
        var form = await client.GetDocumentAsync(Form);
        var text = new string('x', 5001);

        using var response = await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string> { ["Text"] = text });

        var page = await response.DocumentAsync();
        Assert.False(form.QuerySelector("textarea#text")!.HasAttribute("maxlength"), "maxlength silently truncates pasted text");
        Assert.False(page.QuerySelector("textarea#text")!.HasAttribute("maxlength"), "maxlength silently truncates pasted text");
        Assert.Equal("Error: Your suggestion must be 5,000 characters or fewer", page.QuerySelector("#text-error")!.Text());
        Assert.Equal(text, page.QuerySelector("textarea#text")!.TextContent);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing_and_is_answered_exactly_as_a_reader_is()
    {
        var client = Client();
        using var reader = await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string> { ["Text"] = "Buy cheap things." });
        using var bot = await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string>
        {
            ["Text"] = "Buy cheap things.",
            ["Website"] = "https://spam.example",
        });

        var stored = Assert.Single(await StoredAsync());
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (reader.StatusCode, bot.StatusCode));
        var readerLocation = reader.Headers.Location!.OriginalString;
        var botLocation = bot.Headers.Location!.OriginalString;
        var botReference = Regex.Match(botLocation, "^/suggest/thanks/(HB-[2-9A-HJ-NP-Z]{8})\\?").Groups[1].Value;
        Assert.NotEqual("", botReference);
        Assert.NotEqual(stored.Reference, botReference);
        // The same but for the reference and the site's signature of it.
        static string Shape(string location, string reference) =>
            Regex.Replace(location.Replace(reference, "REF", StringComparison.Ordinal), "proof=[A-Za-z0-9_-]+", "proof=SIGNED");
        Assert.Equal(Shape(readerLocation, stored.Reference), Shape(botLocation, botReference));
        var readerPage = await client.GetStringAsync(readerLocation);
        var botPage = await client.GetStringAsync(botLocation);
        Assert.Contains(botReference, botPage, StringComparison.Ordinal);
        Assert.Equal(Shape(readerPage, stored.Reference), Shape(botPage, botReference));
        // Its status page too, reached from the thank-you page, says received, as a reader's new suggestion does.
        var botStatus = await client.GetAsync(Regex.Match(botPage, "href=\"(/suggest/status/[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, botStatus.StatusCode);
        Assert.Contains("Received", await botStatus.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thank_you_address_that_is_not_a_reference_is_404()
    {
        using var response = await Client().GetAsync("/suggest/thanks/received");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Posting_over_the_rate_limit_is_429_with_retry_after_and_a_readable_page()
    {
        using var app = new HandbookFactory(Handbooks.TwoParts()).WithSetting("Handbook:Suggestions:PerMinute", "2");
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var fields = new Dictionary<string, string> { ["Text"] = "Again." };

        for (var i = 0; i < 2; i++)
        {
            using var accepted = await client.SubmitAsync(Form, "/suggest", fields);
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }
        using var rejected = await client.SubmitAsync(Form, "/suggest", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        Assert.Equal("Too many requests", (await rejected.DocumentAsync()).QuerySelector("h1")!.Text());
        app.Content.Dispose();
    }

    [Fact]
    public async Task Behind_a_proxy_the_rate_limit_counts_an_IPv6_client_by_its_64_and_an_IPv4_client_by_its_address()
    {
        // FORWARDEDHEADERS_ENABLED is what ASPNETCORE_FORWARDEDHEADERS_ENABLED=true sets, as README says.
        using var app = new HandbookFactory(Handbooks.TwoParts())
            .WithSetting("Handbook:Suggestions:PerMinute", "1")
            .WithSetting("FORWARDEDHEADERS_ENABLED", "true");
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        async Task<HttpStatusCode> PostFromAsync(string address)
        {
            var values = await client.FormValuesAsync(Form, "/suggest");
            values["Text"] = "From " + address;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/suggest") { Content = new FormUrlEncodedContent(values) };
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, await PostFromAsync("2001:db8:1:2::1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFromAsync("2001:db8:1:2::2"));
        Assert.Equal(HttpStatusCode.Redirect, await PostFromAsync("2001:db8:1:3::1"));
        Assert.Equal(HttpStatusCode.Redirect, await PostFromAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.Redirect, await PostFromAsync("203.0.113.8"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFromAsync("203.0.113.8"));
        app.Content.Dispose();
    }

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/chapters/licence", HttpStatusCode.OK)]
    [InlineData(Form, HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/css/handbook.css", HttpStatusCode.OK)]
    [InlineData("/js/handbook.js", HttpStatusCode.OK)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    [InlineData("a post without a token", HttpStatusCode.BadRequest)]
    [InlineData("a post over the rate limit", HttpStatusCode.TooManyRequests)]
    [InlineData("the redirect after a post", HttpStatusCode.Redirect)]
    [InlineData("the CSV export", HttpStatusCode.OK)]
    [InlineData("a page from the cache", HttpStatusCode.OK)]
    [InlineData("a page not modified", HttpStatusCode.NotModified)]
    [InlineData("a stylesheet not modified", HttpStatusCode.NotModified)]
    public async Task Every_response_carries_the_security_headers(string request, HttpStatusCode status)
    {
        using var response = await ResponseToAsync(request);

        Assert.Equal(status, response.StatusCode);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    private async Task<HttpResponseMessage> ResponseToAsync(string request)
    {
        if (request == "a post over the rate limit")
        {
            _app.WithSetting("Handbook:Suggestions:PerMinute", "1");
        }
        var client = Client();
        switch (request)
        {
            case "a post without a token":
                return await client.PostAsync("/suggest", new FormUrlEncodedContent(new Dictionary<string, string> { ["Page"] = "/chapters/licence", ["Text"] = "Forged." }));
            case "a post over the rate limit":
                (await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string> { ["Text"] = "First." })).Dispose();
                return await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string> { ["Text"] = "Second." });
            case "the redirect after a post":
                return await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string> { ["Text"] = "Fine." });
            case "the CSV export":
                return await (await _app.SignedInClientAsync()).GetAsync("/admin/suggestions.csv");
            case "a page from the cache":
                (await client.GetAsync("/chapters/licence")).Dispose();
                return await client.GetAsync("/chapters/licence");
            case "a page not modified":
                return await NotModifiedAsync(client, "/chapters/licence");
            case "a stylesheet not modified":
                return await NotModifiedAsync(client, "/css/handbook.css");
            default:
                return await client.GetAsync(request);
        }
    }

    private static async Task<HttpResponseMessage> NotModifiedAsync(HttpClient client, string url)
    {
        using var first = await client.GetAsync(url);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        return await client.SendAsync(conditional);
    }

    [Fact]
    public async Task A_suggestion_the_store_cannot_take_is_given_back_with_everything_typed_and_a_503()
    {
        var disk = new FullDisk();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(disk)));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string>
        {
            ["Text"] = "Say what a product manager owns.",
            ["Name"] = "Ada",
            ["Email"] = "ada@example.gov.uk",
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var page = await response.DocumentAsync();
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Contains("has not been sent", page.QuerySelector(".govuk-error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal("#text", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Say what a product manager owns.", ((IHtmlTextAreaElement)page.QuerySelector("textarea#text")!).Value);
        Assert.Equal("Ada", page.QuerySelector<IHtmlInputElement>("input#name")!.Value);
        Assert.Equal("ada@example.gov.uk", page.QuerySelector<IHtmlInputElement>("input#email")!.Value);
        Assert.Equal("in-government", Html.ChosenSection(page));
        Assert.Equal(4, disk.Refused); // the first try and three more
        Assert.Empty(await StoredAsync());
    }
}
