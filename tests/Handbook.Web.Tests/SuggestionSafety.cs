using System.Net;
using AngleSharp.Dom;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>User text is stored as typed and always shown encoded: to readers re-reading the form and to moderators.</summary>
public sealed class SuggestionSafety : IDisposable
{
    // From the OWASP XSS Filter Evasion Cheat Sheet, and the usual breakouts from attributes and textareas.
    public static readonly TheoryData<string> Payloads = new()
    {
        "<script>alert('XSS')</script>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert('XSS')>",
        "\"><script>alert(1)</script>",
        "'';!--\"<XSS>=&{()}",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<iframe src=\"javascript:alert('XSS');\"></iframe>",
        "<BODY ONLOAD=alert('XSS')>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "</textarea><script>alert(1)</script>",
        "<input autofocus onfocus=alert(1)>",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    };

    private readonly HandbookFactory _app = new HandbookFactory(Handbooks.TwoParts()).WithSetting("Handbook:Suggestions:PerMinute", "1000");

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task No_payload_comes_back_as_markup_to_readers_or_moderators(string payload)
    {
        var reader = _app.CreateClient(new() { AllowAutoRedirect = false });
        var name = payload.Length <= 200 ? payload : payload[..200];

        using var rejected = await reader.SubmitAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest",
            new Dictionary<string, string> { ["Text"] = "", ["Name"] = name, ["Email"] = payload });
        AssertInert(await rejected.DocumentAsync());

        // The email validator asks only for one @ inside: markup before it passes.
        var email = payload + "@example.com";
        using var accepted = await reader.SubmitAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest",
            new Dictionary<string, string> { ["Text"] = payload, ["Name"] = name, ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var moderator = await _app.SignedInClientAsync();
        var queue = await moderator.GetDocumentAsync("/admin/suggestions");
        AssertInert(queue);
        var detail = await moderator.GetDocumentAsync(queue.QuerySelector("table.hb-queue tbody a")!.GetAttribute("href")!);
        AssertInert(detail);
        Assert.Equal(payload, detail.QuerySelector(".hb-suggestion-text")!.TextContent);
        Assert.Contains(name, detail.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(email, detail.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        await AssertExportedAsDataAsync(moderator, payload, name, email);
    }

    [Fact]
    public async Task An_email_that_passes_validation_but_carries_markup_is_shown_as_text_and_exported_as_data()
    {
        const string email = "\"<svg/onload=alert(1)>\"@example.com";
        var reader = _app.CreateClient(new() { AllowAutoRedirect = false });

        using var accepted = await reader.SubmitAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest",
            new Dictionary<string, string> { ["Text"] = "Fine.", ["Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var moderator = await _app.SignedInClientAsync();
        var queue = await moderator.GetDocumentAsync("/admin/suggestions");
        var detail = await moderator.GetDocumentAsync(queue.QuerySelector("table.hb-queue tbody a")!.GetAttribute("href")!);
        AssertInert(queue);
        AssertInert(detail);
        Assert.Equal(email, detail.QuerySelector(".govuk-summary-list .hb-block")!.TextContent);
        await AssertExportedAsDataAsync(moderator, "Fine.", null, email);
    }

    /// <summary>The export is a download of plain data, never a page: each cell comes back exactly as typed.</summary>
    private static async Task AssertExportedAsDataAsync(HttpClient moderator, string text, string? name, string email)
    {
        using var response = await moderator.GetAsync("/admin/suggestions.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var record = Assert.Single(Csv.Records(await response.Content.ReadAsStringAsync()));
        Assert.Equal((text, name ?? "", email), (record["Suggestion"], record["Name"], record["Email"]));
    }

    private static void AssertInert(IDocument page)
    {
        // The site's own scripts alone: its files at their fingerprinted addresses (/js/handbook.<fingerprint>.js
        // and the search box's component) and the one inline line the policy allows by its hash.
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.Equal(3, scripts.Count);
        Assert.Equal(Handbook.Web.Http.InlineScript.MarkScriptEnabled, scripts.Single(s => s.GetAttribute("src") is null).TextContent);
        var files = scripts.Select(s => s.GetAttribute("src")).OfType<string>().ToList();
        Assert.All(files, src => Assert.Matches(@"\.[a-z0-9]{6,}\.js$", src));
        Assert.Equal(["/lib/accessible-autocomplete.min.js", "/js/handbook.js"],
            files.Select(src => System.Text.RegularExpressions.Regex.Replace(src, @"\.[a-z0-9]{6,}\.js$", ".js")));
        Assert.Empty(page.QuerySelectorAll("iframe, img, svg, math, xss, body[onload], div[style]"));
        var handlers = page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(handlers);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("input[autofocus]"));
    }
}
