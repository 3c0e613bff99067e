using System.Net;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

public sealed class ModerationQueue : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private async Task<string> SuggestAsync(string page, string? section, string text, string? name = null)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var url = $"/suggest?page={Uri.EscapeDataString(page)}" + (section is null ? "" : $"&section={section}");
        var fields = new Dictionary<string, string> { ["Text"] = text };
        if (name is not null)
        {
            fields["Name"] = name;
        }
        using var response = await client.SubmitAsync(url, "/suggest", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last();
    }

    private async Task<int> IdOfAsync(string reference)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.Where(s => s.Reference == reference).Select(s => s.Id).SingleAsync();
    }

    [Theory]
    [InlineData("/admin/suggestions")]
    [InlineData("/admin/suggestions.csv")]
    [InlineData("/admin/suggestions/1")]
    public async Task Anyone_not_signed_in_is_sent_to_the_sign_in_page(string url)
    {
        using var response = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Moderators.Email, "wrong password")]
    [InlineData("nobody@example.gov.uk", Moderators.Password)]
    public async Task A_failed_sign_in_does_not_reveal_whether_the_email_exists(string email, string password)
    {
        await _app.AddModeratorAsync();

        using var response = await _app.CreateClient().SubmitAsync("/admin/sign-in", "/admin/sign-in",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

        var page = await response.DocumentAsync();
        Assert.Equal("Enter a correct email address and password", page.QuerySelector(".govuk-error-summary a")!.Text());
        Assert.Equal(email, page.QuerySelector("input#email")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("input#password")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Signing_out_ends_the_moderators_session()
    {
        var moderator = await _app.SignedInClientAsync();

        using var signedOut = await moderator.SubmitAsync("/admin/suggestions", "/admin/sign-out", new Dictionary<string, string>());
        using var queue = await moderator.GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("/admin/sign-in", queue.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passwords_are_stored_as_salted_hashes()
    {
        await _app.AddModeratorAsync();
        await _app.AddModeratorAsync("second@example.gov.uk");

        using var scope = _app.Services.CreateScope();
        var hashes = await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Moderators.Select(m => m.PasswordHash).ToListAsync();
        Assert.NotEmpty(hashes);
        Assert.All(hashes, h => Assert.DoesNotContain(Moderators.Password, h, StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Fact]
    public async Task Sign_in_is_rate_limited()
    {
        using var app = new HandbookFactory(Handbooks.TwoParts()).WithSetting("Handbook:Suggestions:SignInPerMinute", "2");
        var client = app.CreateClient();
        var fields = new Dictionary<string, string> { ["Email"] = "x@example.gov.uk", ["Password"] = "guess" };

        for (var i = 0; i < 2; i++)
        {
            using var allowed = await client.SubmitAsync("/admin/sign-in", "/admin/sign-in", fields);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var rejected = await client.SubmitAsync("/admin/sign-in", "/admin/sign-in", fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        app.Content.Dispose();
    }

    [Fact]
    public async Task The_queue_lists_suggestions_newest_first_with_page_section_excerpt_and_status()
    {
        await SuggestAsync("/chapters/licence", null, "First: " + new string('a', 300));
        var second = await SuggestAsync("/chapters/work-with-agility", "the-manifesto", "Second.");
        var moderator = await _app.SignedInClientAsync();

        var page = await moderator.GetDocumentAsync("/admin/suggestions");

        var rows = page.QuerySelectorAll("table.hb-queue tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(second, rows[0].QuerySelector("a")!.Text());
        Assert.Equal("Work with agility The manifesto", rows[0].QuerySelectorAll("td")[1].Text());
        Assert.Equal("New", rows[0].QuerySelectorAll("td")[3].Text());
        Assert.EndsWith("…", rows[1].QuerySelector("td:nth-child(3) span")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_filters_by_status_and_page_and_exports_the_filtered_list_as_csv()
    {
        var licence = await SuggestAsync("/chapters/licence", null, "=HYPERLINK(\"http://evil.example\")");
        await SuggestAsync("/chapters/work-with-agility", null, "About agility, \"quoted\".");
        var moderator = await _app.SignedInClientAsync();
        using (await moderator.SubmitAsync($"/admin/suggestions/{await IdOfAsync(licence)}", $"/admin/suggestions/{await IdOfAsync(licence)}/status",
            new Dictionary<string, string> { ["Status"] = "Accepted", ["Note"] = "Will do." }))
        {
        }

        var accepted = await moderator.GetDocumentAsync("/admin/suggestions?status=accepted");
        var agility = await moderator.GetDocumentAsync("/admin/suggestions?page=%2Fchapters%2Fwork-with-agility");
        var csv = await moderator.GetStringAsync("/admin/suggestions.csv?status=accepted");

        Assert.Equal([licence], accepted.QuerySelectorAll("table.hb-queue tbody tr td:nth-child(3) a").Select(a => a.Text()));
        Assert.Single(agility.QuerySelectorAll("table.hb-queue tbody tr"));
        Assert.Equal("/admin/suggestions.csv?status=accepted", accepted.QuerySelectorAll("a").Single(a => a.Text() == "Export these as CSV").GetAttribute("href"));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Reference,Received,Status,Page", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains($"{licence},", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Accepted,/chapters/licence,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_reads_a_suggestion_beside_the_current_section_and_marks_it_with_a_note()
    {
        var reference = await SuggestAsync("/chapters/work-with-agility", "twelve-principles", "List all twelve.", name: "Ada");
        var id = await IdOfAsync(reference);
        var moderator = await _app.SignedInClientAsync();

        var detail = await moderator.GetDocumentAsync($"/admin/suggestions/{id}");
        Assert.Equal("List all twelve.", detail.QuerySelector(".hb-suggestion-text")!.Text());
        Assert.Equal("Simplicity.", detail.QuerySelector(".hb-section-source")!.TextContent.Trim());

        using var saved = await moderator.SubmitAsync($"/admin/suggestions/{id}", $"/admin/suggestions/{id}/status",
            new Dictionary<string, string> { ["Status"] = "Done", ["Note"] = "Added in the next edition." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await moderator.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Done", after.QuerySelector(".hb-status")!.Text(), StringComparison.Ordinal);
        Assert.Contains("Added in the next edition.", after.QuerySelector(".govuk-summary-list")!.Text(), StringComparison.Ordinal);
        Assert.Contains(Moderators.Email, after.QuerySelector(".govuk-summary-list")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_page_suggestion_is_read_beside_the_current_text_of_all_the_pages_sections()
    {
        var id = await IdOfAsync(await SuggestAsync("/chapters/work-with-agility", null, "Shorter, please."));
        var moderator = await _app.SignedInClientAsync();

        var detail = await moderator.GetDocumentAsync($"/admin/suggestions/{id}");

        Assert.Contains(detail.QuerySelectorAll("h2"), h => h.Text() == "The page now");
        var text = detail.QuerySelector(".hb-section-source")!.TextContent;
        // The Markdown's sections, then those the page's template adds (its reading and training lists).
        Assert.StartsWith("## The manifesto\n\nWe value people.\n\n### Twelve principles\n\nSimplicity.\n\n## In government\n\nText.\n\n## Reading\n\n", text, StringComparison.Ordinal);
        Assert.Contains("- [Manifesto for Agile Software Development](https://agilemanifesto.org/)", text, StringComparison.Ordinal);
        Assert.Contains("## Training", text, StringComparison.Ordinal);
        Assert.Contains(detail.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/chapters/work-with-agility");
    }

    [Theory]
    [InlineData("", "Kept note.", "status", "#status-accepted", "Choose accepted, rejected or done")]
    [InlineData("Maybe", "Kept note.", "status", "#status-accepted", "Choose accepted, rejected or done")]
    [InlineData("Rejected", null, "note", "#note", "The note must be 2,000 characters or fewer")]
    public async Task A_bad_status_change_says_what_to_fix_by_the_field_and_keeps_what_was_typed(
        string status, string? note, string field, string summaryLink, string message)
    {
        note ??= "Too long: " + new string('n', 2000);
        var id = await IdOfAsync(await SuggestAsync("/chapters/licence", null, "Text."));
        var moderator = await _app.SignedInClientAsync();

        using var response = await moderator.SubmitAsync($"/admin/suggestions/{id}", $"/admin/suggestions/{id}/status",
            new Dictionary<string, string> { ["Status"] = status, ["Note"] = note });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var link = Assert.Single(page.QuerySelectorAll(".govuk-error-summary a"));
        Assert.Equal((summaryLink, message), (link.GetAttribute("href"), link.Text()));
        Assert.NotNull(page.QuerySelector(summaryLink));
        Assert.Equal($"Error: {message}", page.QuerySelector($"#{field}-error.govuk-error-message")!.Text());
        Assert.Contains($"{field}-error", page.QuerySelector($"#{field}-error")!.Closest(".govuk-form-group--error")!
            .QuerySelector("fieldset, textarea")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal(note, page.QuerySelector("textarea#note")!.TextContent);
        Assert.Equal(status == "Rejected" ? "Rejected" : null, page.QuerySelector("input[name=Status][checked]")?.GetAttribute("value"));
        using var scope = _app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.SingleAsync(s => s.Id == id);
        Assert.Equal((SuggestionStatus.New, null), (stored.Status, stored.ModeratorNote));
    }

    [Fact]
    public async Task Suggestions_outlive_deleted_and_renamed_pages_and_a_restart()
    {
        var onLicence = await SuggestAsync("/chapters/licence", null, "About the licence.");
        var onScrum = await SuggestAsync("/chapters/scrum-framework", null, "About scrum.");
        _app.Content.Delete(_app.Content.ChapterPath("preface", 2, "licence"));
        _app.Content.WithChapter("associate-product-manager", 3, "scrum", "Make use of the Scrum framework",
            frontMatter: "aliases: [scrum-framework]\nroles: [product-manager]");
        _app.Content.Delete(_app.Content.ChapterPath("associate-product-manager", 3, "scrum-framework"));
        await _app.SyncAsync();

        using var restarted = new HandbookFactory(_app.Content).WithSetting("ConnectionStrings:Handbook", $"Data Source={_app.DatabasePath}");
        var moderator = await restarted.SignedInClientAsync();
        var queue = await moderator.GetDocumentAsync("/admin/suggestions");
        Assert.Equal([onScrum, onLicence], queue.QuerySelectorAll("table.hb-queue tbody td:nth-child(3) a").Select(a => a.Text()));

        var deleted = await moderator.GetDocumentAsync(queue.QuerySelectorAll("table.hb-queue tbody td:nth-child(3) a")[1].GetAttribute("href")!);
        Assert.Contains("no longer in the handbook", deleted.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        var renamed = await moderator.GetDocumentAsync(queue.QuerySelectorAll("table.hb-queue tbody td:nth-child(3) a")[0].GetAttribute("href")!);
        Assert.Contains(renamed.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/chapters/scrum");
    }

    [Fact]
    public async Task The_queue_pages_through_its_list_fifty_at_a_time_newest_first()
    {
        using (var scope = _app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
            db.Suggestions.AddRange(Enumerable.Range(1, 120).Select(i => new Suggestion
            {
                Reference = $"HB-{i:D8}", PagePath = "/chapters/licence", PageTitle = "Licence", ContentHash = "",
                Text = $"Suggestion {i}", Status = SuggestionStatus.New, ReceivedAt = DateTimeOffset.UnixEpoch.AddMinutes(i),
            }));
            await db.SaveChangesAsync();
        }
        var moderator = await _app.SignedInClientAsync();

        var first = await moderator.GetDocumentAsync("/admin/suggestions");
        var next = first.QuerySelector(".govuk-pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await moderator.GetDocumentAsync(next);
        var last = await moderator.GetDocumentAsync("/admin/suggestions?p=3");
        var beyond = await moderator.GetDocumentAsync("/admin/suggestions?p=99");

        static string[] References(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("table.hb-queue tbody tr td:nth-child(3) a").Select(a => a.TextContent)];
        Assert.Equal(50, References(first).Length);
        Assert.Equal("HB-00000120", References(first)[0]);
        Assert.Equal("/admin/suggestions?p=2", next);
        Assert.Equal("HB-00000070", References(second)[0]);
        Assert.Equal(20, References(last).Length);
        Assert.Equal("HB-00000001", References(last)[^1]);
        Assert.Equal(References(last), References(beyond));
        Assert.Equal("page", second.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-current"));
        Assert.Contains("120 suggestions", first.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }
}
