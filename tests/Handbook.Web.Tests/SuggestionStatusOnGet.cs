using System.Net;
using System.Text.RegularExpressions;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>A reader follows their suggestion by its reference: its status, the day it changed and the owners' reply, and nothing personal.</summary>
public sealed partial class SuggestionStatusOnGet : IDisposable
{
    private const string Form = "/suggest?page=%2Fchapters%2Fwork-with-agility&section=in-government";
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    /// <summary>Sends a suggestion and follows the thank-you page's link to its status page; returns that link.</summary>
    private static async Task<(string Reference, string StatusUrl)> SuggestAsync(HttpClient client)
    {
        using var response = await client.SubmitAsync(Form, "/suggest", new Dictionary<string, string>
        {
            ["Text"] = "Add the twelve principles in full.",
            ["Name"] = "Ada Lovelace",
            ["Email"] = "ada@example.gov.uk",
        });
        var thanks = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var link = thanks.QuerySelectorAll("main a").Single(a => a.GetAttribute("href")!.StartsWith("/suggest/status/", StringComparison.Ordinal)).GetAttribute("href")!;
        return (Reference().Match(link).Value, link);
    }

    [GeneratedRegex("HB-[2-9A-HJ-NP-Z]{8}")]
    private static partial Regex Reference();

    private static void AssertNothingPersonal(string page)
    {
        Assert.DoesNotContain("Ada", page, StringComparison.Ordinal);
        Assert.DoesNotContain("example.gov.uk", page, StringComparison.Ordinal);
        Assert.DoesNotContain("twelve principles", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_thank_you_page_leads_to_a_status_page_that_says_what_it_is_about_and_that_it_was_received()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var (reference, statusUrl) = await SuggestAsync(client);

        using var response = await client.GetAsync(statusUrl);
        var html = await response.Content.ReadAsStringAsync();
        var page = await client.GetDocumentAsync("/suggest/status/" + reference.ToLowerInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Equal(reference, page.QuerySelector("h1")!.Text());
        Assert.Equal("Work with agility: In government", string.Join(' ', page.QuerySelectorAll(".govuk-summary-list__value")[0].Text().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("/chapters/work-with-agility", page.QuerySelector(".govuk-summary-list__value a")!.GetAttribute("href"));
        Assert.Contains("Received", page.QuerySelector(".hb-suggestion-status")!.Text(), StringComparison.Ordinal);
        AssertNothingPersonal(html);
    }

    [Fact]
    public async Task Once_reviewed_it_shows_the_status_the_day_it_changed_and_the_public_reply_but_never_the_owners_note()
    {
        var (reference, statusUrl) = await SuggestAsync(_app.CreateClient(new() { AllowAutoRedirect = false }));
        using var moderator = await _app.SignedInClientAsync();
        var queue = await moderator.GetDocumentAsync("/admin/suggestions");
        var detail = queue.QuerySelectorAll("a").Single(a => a.Text().Contains(reference, StringComparison.Ordinal)).GetAttribute("href")!;
        using (await moderator.SubmitAsync(detail, detail + "/status", new Dictionary<string, string>
        {
            ["Status"] = "Accepted",
            ["Note"] = "Check with the agile lead first.",
            ["Reply"] = "Thank you: we will add them in the next update.",
        }))
        {
        }

        var html = await _app.CreateClient().GetStringAsync(statusUrl);
        var page = await _app.CreateClient().GetDocumentAsync(statusUrl);

        Assert.Contains("Accepted", page.QuerySelector(".hb-suggestion-status")!.Text(), StringComparison.Ordinal);
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Thank you: we will add them in the next update.", page.QuerySelector(".hb-suggestion-reply")!.Text().Trim());
        Assert.DoesNotContain("agile lead", html, StringComparison.Ordinal);
        AssertNothingPersonal(html);
    }

    [Theory]
    [InlineData("/suggest/status/HB-23456789")]
    [InlineData("/suggest/status/HB-23456789?proof=forged")]
    [InlineData("/suggest/status/not-a-reference")]
    public async Task A_made_up_reference_is_404(string path)
    {
        using var response = await _app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
