using System.Net;
using AngleSharp.Dom;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>
/// "Where do I stand?" against a role: the answers are the address (a GET), the result is worked out
/// from the framework's levels, and nothing of it is kept.
/// </summary>
public sealed class SelfAssessmentOnGet : IDisposable
{
    private const string Answered = "/roles/product-manager/assess?product-management=working&managing-product-outcomes=practitioner";

    private readonly HandbookFactory _app = new(Handbooks.CurrentFramework());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private static string Clean(IElement element) => string.Join(' ', element.Text().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Every_role_page_links_to_its_self_assessment()
    {
        var client = _app.CreateClient();
        foreach (var role in Handbooks.Roles)
        {
            var page = await client.GetDocumentAsync($"/roles/{role.Slug}");
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/roles/{role.Slug}/assess" && a.Text() == "Assess yourself against this role");
        }
    }

    [Fact]
    public async Task The_form_asks_each_current_skill_as_a_radio_group_with_what_each_level_means_as_its_hint()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager/assess");

        var form = page.QuerySelector("form.hb-assess-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var groups = form.QuerySelectorAll("fieldset").ToList();
        Assert.Equal(["Product management", "Managing product outcomes"], groups.Select(g => Clean(g.QuerySelector("legend")!)));
        var first = groups[0];
        Assert.Equal(["awareness", "working", "practitioner", "expert", ""], first.QuerySelectorAll("input[type=radio]").Select(r => r.GetAttribute("value")));
        Assert.All(first.QuerySelectorAll("input[type=radio]"), r => Assert.Equal("product-management", r.GetAttribute("name")));
        Assert.Equal("Practises Product management with support.", Clean(page.GetElementById(first.QuerySelector("#product-management-working")!.GetAttribute("aria-describedby")!)!));
        Assert.Contains("Product Manager expects practitioner.", Clean(first), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".hb-assess-result"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task The_answers_in_the_address_give_a_summary_first_then_each_skill_beside_the_role_and_the_next()
    {
        var page = await _app.CreateClient().GetDocumentAsync(Answered);

        var main = page.QuerySelector("main")!;
        var summary = page.QuerySelector(".hb-assess-summary")!;
        Assert.Equal("1 of 2 skills below the level a Product Manager expects, 0 at it, 1 above.", Clean(summary.QuerySelector("p")!));
        Assert.Contains("To move to Senior Product Manager: 1 of 2 skills below the level a Senior Product Manager expects, 1 at it, 0 above.", Clean(summary), StringComparison.Ordinal);
        // The summary comes before the table and the form, for a screen reader reading from the top.
        Assert.True(main.InnerHtml.IndexOf("hb-assess-summary", StringComparison.Ordinal) < main.InnerHtml.IndexOf("hb-assess-table", StringComparison.Ordinal));
        Assert.Equal(
            [["Product management", "Working", "Practitioner You are below", "Expert You are below"],
             ["Managing product outcomes", "Practitioner", "Working You are above", "Practitioner You are at"]],
            page.QuerySelectorAll(".hb-assess-table tbody tr").Select(r => r.Children.Select(Clean).ToList()).ToList());
        Assert.Equal("working", page.QuerySelector("input[name=product-management]:checked")!.GetAttribute("value"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("http://localhost/roles/product-manager/assess", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Each_gap_says_what_helps_with_the_skill_pages_chapters()
    {
        var page = await _app.CreateClient().GetDocumentAsync(Answered);

        // Managing product outcomes is above the role's level and at the next role's: no gap.
        var gaps = page.QuerySelectorAll(".hb-gap").ToList();
        Assert.Equal(["Product management: from working to practitioner"], gaps.Select(g => Clean(g.QuerySelector("h3")!)));
        Assert.Contains("Product Manager expects practitioner.", Clean(gaps[0]), StringComparison.Ordinal);
        Assert.Equal(["/chapters/scrum-framework"], gaps[0].QuerySelectorAll(":scope > ul a").Select(a => a.GetAttribute("href")).Where(h => h!.StartsWith("/chapters/", StringComparison.Ordinal)));
        Assert.Contains("/skills/product-management", gaps[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_partial_answer_counts_only_what_was_answered_and_names_the_rest()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/head-of-product/assess?product-management=expert");

        var summary = Clean(page.QuerySelector(".hb-assess-summary")!);
        Assert.StartsWith("0 of 1 skill below the level a Head of Product expects, 1 at it, 0 above.", summary, StringComparison.Ordinal);
        Assert.Contains("Not answered, so not counted: Managing product outcomes.", summary, StringComparison.Ordinal);
        Assert.Equal("#managing-product-outcomes-awareness", page.QuerySelector(".hb-assess-summary a")!.GetAttribute("href"));
        Assert.DoesNotContain("To move to", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_level_in_the_address_is_an_error_summary_that_keeps_the_other_answers()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager/assess?product-management=guru&managing-product-outcomes=working");

        var summary = page.QuerySelector(".govuk-error-summary")!;
        Assert.Equal("Choose a level for Product management: 'guru' is not one of awareness, working, practitioner or expert", Clean(summary.QuerySelector("li")!));
        Assert.Equal("#product-management-awareness", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error #product-management-error"));
        Assert.Equal("working", page.QuerySelector("input[name=managing-product-outcomes]:checked")!.GetAttribute("value"));
        Assert.StartsWith("0 of 1 skill below", Clean(page.QuerySelector(".hb-assess-summary p")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_address_gives_anyone_the_same_result_and_the_page_gives_the_address_back()
    {
        using var other = new HandbookFactory(_app.Content);
        var mine = await _app.CreateClient().GetDocumentAsync(Answered + "&against=lead-product-manager");
        var theirs = await other.CreateClient().GetDocumentAsync(Answered + "&against=lead-product-manager");

        Assert.Equal(mine.QuerySelector(".hb-assess-result")!.OuterHtml, theirs.QuerySelector(".hb-assess-result")!.OuterHtml);
        Assert.Equal(mine.QuerySelector(".hb-assess-table")!.OuterHtml, theirs.QuerySelector(".hb-assess-table")!.OuterHtml);
        Assert.Equal("http://localhost" + Answered + "&against=lead-product-manager", mine.QuerySelector("#result-address")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_answers_can_be_held_against_any_other_role_too()
    {
        var page = await _app.CreateClient().GetDocumentAsync(Answered + "&against=associate-product-manager");

        Assert.Contains("Compared with Associate Product Manager: 0 of 2 skills below the level an Associate Product Manager expects, 1 at it, 1 above.",
            Clean(page.QuerySelector(".hb-assess-summary")!), StringComparison.Ordinal);
        Assert.Equal(["Skill", "Your level", "Product Manager", "Senior Product Manager", "Associate Product Manager"],
            page.QuerySelectorAll(".hb-assess-table thead th").Select(Clean));
        Assert.Equal("associate-product-manager", page.QuerySelector("select#against option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Nothing_is_stored_and_no_cookie_is_set()
    {
        var client = _app.CreateClient();
        await client.GetAsync("/");
        var before = await StoreRows.ReadAsync(_app.Services);

        using var response = await client.GetAsync(Answered);
        using var csv = await client.GetAsync(Answered.Replace("/assess?", "/assess.csv?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.False(csv.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal(before, await StoreRows.ReadAsync(_app.Services));
    }

    [Fact]
    public async Task The_result_downloads_as_csv_with_the_role_and_the_next_roles_levels()
    {
        using var response = await _app.CreateClient().GetAsync("/roles/product-manager/assess.csv?product-management=working");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var records = Csv.Records(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, records.Count);
        Assert.Equal(("Product management", "working", "practitioner", "expert"),
            (records[0]["skill"], records[0]["your_level"], records[0]["Product Manager level"], records[0]["Senior Product Manager level"]));
        Assert.Equal(("Managing product outcomes", ""), (records[1]["skill"], records[1]["your_level"]));
    }

    [Fact]
    public async Task No_log_line_holds_the_answers_even_for_a_request_that_is_turned_away()
    {
        using var app = new HandbookFactory(_app.Content);
        var logs = app.CaptureLogs();
        var client = app.CreateClient();

        using var found = await client.GetAsync(Answered);
        using var missing = await client.GetAsync("/roles/no-such-role/assess?product-management=working");
        using var posted = await client.PostAsync(Answered, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True((int)posted.StatusCode is >= 400 and < 500);
        // A request turned away is logged, by its path alone.
        Assert.Contains(logs.Warnings, w => w.Contains("/roles/product-manager/assess", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Warnings, w => w.Contains("product-management=", StringComparison.Ordinal));
    }
}
