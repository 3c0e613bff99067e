using System.Net;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class SkillAndReadingPagesOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task Skills_page_is_a_table_of_every_skill_by_every_role()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/skills");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["Product ownership", "User focus", "Operational management"], rows.Select(r => r.QuerySelector("th a")!.Text()));
        Assert.Equal(["awareness", "practitioner", "expert", "expert", "expert"], rows[0].QuerySelectorAll("td").Select(td => td.Text()));
    }

    [Fact]
    public async Task Skill_page_says_what_each_level_means_and_what_each_role_expects()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/skills/user-focus");

        Assert.Equal("User focus", page.QuerySelector("h1")!.Text());
        Assert.Equal(["Awareness", "Working", "Practitioner", "Expert"], page.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.Text()));
        Assert.Equal(["working", "practitioner", "practitioner", "practitioner", "expert"],
            page.QuerySelectorAll(".hb-heading:has(#by-role) + table tbody td").Select(td => td.Text()));
        Assert.Equal(["/chapters/work-with-agility"], page.QuerySelectorAll(".hb-heading:has(#chapters) + ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Skill_page_marks_levels_that_are_the_handbooks_own_choice()
    {
        var client = _app.CreateClient();

        var own = await client.GetDocumentAsync("/skills/operational-management");
        var ddat = await client.GetDocumentAsync("/skills/user-focus");

        Assert.Contains("handbook's choice", string.Join(' ', own.QuerySelectorAll(".govuk-inset-text").Select(i => i.Text())), StringComparison.Ordinal);
        Assert.DoesNotContain("handbook's choice", string.Join(' ', ddat.QuerySelectorAll(".govuk-inset-text").Select(i => i.Text())), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reading", new[] { "Manifesto for Agile Software Development", "Agile foundations", "The Scrum Guide" })]
    [InlineData("/reading?role=associate-product-manager", new[] { "Manifesto for Agile Software Development", "Agile foundations" })]
    [InlineData("/reading?role=product-manager", new[] { "The Scrum Guide" })]
    [InlineData("/reading?kind=course", new[] { "Agile foundations" })]
    [InlineData("/reading?role=associate-product-manager&kind=website", new[] { "Manifesto for Agile Software Development" })]
    [InlineData("/reading?role=&kind=", new[] { "Manifesto for Agile Software Development", "Agile foundations", "The Scrum Guide" })]
    [InlineData("/reading?role=head-of-product", new string[0])]
    [InlineData("/reading?skill=user-focus", new[] { "Manifesto for Agile Software Development", "Agile foundations" })]
    [InlineData("/reading?skill=user-focus&kind=course", new[] { "Agile foundations" })]
    [InlineData("/reading?skill=product-ownership&role=associate-product-manager", new string[0])]
    [InlineData("/reading?skill=product-ownership&role=product-manager", new[] { "The Scrum Guide" })]
    public async Task Reading_list_filters_by_role_and_kind_without_javascript(string url, string[] titles)
    {
        var page = await _app.CreateClient().GetDocumentAsync(url);

        Assert.Equal(titles, page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.Text()));
        Assert.Equal($"{titles.Length} {(titles.Length == 1 ? "item" : "items")}", page.QuerySelector("[role=status]")!.Text());
    }

    [Fact]
    public async Task Reading_list_says_which_chapter_each_item_comes_from()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/reading?kind=guide");

        Assert.Equal("/chapters/scrum-framework", page.QuerySelector("tbody tr td:last-child a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/reading?role=chief-wizard")]
    [InlineData("/reading?kind=scroll")]
    [InlineData("/reading?skill=juggling")]
    [InlineData("/skills/juggling")]
    public async Task Unknown_filters_and_skills_are_404(string url)
    {
        using var response = await _app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
