using System.Net;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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
             "/suggest?page=%2Fchapters%2Fwork-with-agility&section=training"],
            chapter.QuerySelectorAll(".hb-heading__suggest").Select(a => a.GetAttribute("href")));
        Assert.Equal("Suggest a change to the section: In government", chapter.QuerySelectorAll(".hb-heading__suggest")[2].Text());
        Assert.Equal("Suggest a change to the section: Training", chapter.QuerySelectorAll(".hb-heading__suggest").Last().Text());
        Assert.Contains(role.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/suggest?page=%2Froles%2Fproduct-manager");
        Assert.Equal("/suggest?page=%2Froles%2Fproduct-manager&section=what-the-role-is", role.QuerySelector(".hb-heading__suggest")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_form_opens_with_the_section_chosen()
    {
        var page = await _app.CreateClient().GetDocumentAsync(Form);

        Assert.Equal("Suggest an edit", page.QuerySelector("h1")!.Text());
        Assert.Equal("in-government", page.QuerySelector("select#section option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name=__RequestVerificationToken]"));
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
        Assert.Equal($"/suggest/thanks/{stored.Reference}", response.Headers.Location!.OriginalString);
        var thanks = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Contains(stored.Reference, thanks.QuerySelector(".govuk-panel")!.Text(), StringComparison.Ordinal);
        Assert.Contains(thanks.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/chapters/work-with-agility#in-government");
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
        Assert.Equal("in-government", page.QuerySelector("select#section option[selected]")!.GetAttribute("value"));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task A_filled_honeypot_is_dropped_silently()
    {
        using var response = await Client().SubmitAsync(Form, "/suggest", new Dictionary<string, string>
        {
            ["Text"] = "Buy cheap things.",
            ["Website"] = "https://spam.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await StoredAsync());
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

    [Theory]
    [InlineData("/")]
    [InlineData("/chapters/licence")]
    [InlineData(Form)]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await Client().GetAsync(url);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
