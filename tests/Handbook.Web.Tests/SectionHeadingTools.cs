using System.Net;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

/// <summary>Every section heading, from the Markdown or from the page's template, links to itself and to the suggestion form.</summary>
public sealed class SectionHeadingTools : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    public static TheoryData<string> ChapterAndRolePages() =>
        new(new[] { "/chapters/work-with-agility", "/chapters/scrum-framework" }.Concat(Handbooks.RoleSlugs.Select(r => $"/roles/{r}")));

    [Theory]
    [MemberData(nameof(ChapterAndRolePages))]
    public async Task Every_section_heading_has_an_anchor_link_and_a_suggest_link_that_opens_the_form_on_that_section(string url)
    {
        var client = _app.CreateClient();
        var page = await client.GetDocumentAsync(url);

        var headings = page.QuerySelectorAll("main h2[id], main h3[id]").Where(h => h.Id != "on-this-page").ToList();
        Assert.NotEmpty(headings);
        foreach (var heading in headings)
        {
            var tools = heading.Closest(".hb-heading");
            Assert.True(tools is not null, $"{url}#{heading.Id} has no heading tools");
            Assert.Equal($"#{heading.Id}", tools.QuerySelector(".hb-heading__anchor")?.GetAttribute("href"));
            var suggest = tools.QuerySelector(".hb-heading__suggest")?.GetAttribute("href") ?? "";
            Assert.Equal($"/suggest?page={Uri.EscapeDataString(url)}&section={heading.Id}", suggest);
            Assert.Equal($"Suggest a change to the section: {heading.Text()}", tools.QuerySelector(".hb-heading__suggest")!.Text());

            var form = await client.GetDocumentAsync(suggest);
            Assert.Equal(heading.Id, Html.ChosenSection(form));
        }
    }

    [Fact]
    public async Task Template_sections_follow_the_markdown_ones_on_chapter_and_role_pages()
    {
        var client = _app.CreateClient();
        var chapter = await client.GetDocumentAsync("/chapters/work-with-agility");
        var role = await client.GetDocumentAsync("/roles/associate-product-manager");
        var next = await client.GetDocumentAsync("/roles/product-manager");

        string[] Ids(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".hb-heading > h2, .hb-heading > h3").Select(h => h.Id!)];
        Assert.Equal(["the-manifesto", "twelve-principles", "in-government", "reading", "training", "builds"], Ids(chapter));
        Assert.Equal(["what-the-role-is", "skills", "chapters", "reading"], Ids(role));
        Assert.Equal(["what-the-role-is", "skills", "what-rises", "chapters", "reading"], Ids(next));
        Assert.Equal("Where the bar rises from Associate Product Manager", next.QuerySelector("h2#what-rises")!.Text());
        // Every section, the role's own text's too ("Growing toward the next role" is the one people most need).
        Assert.Equal(["#the-role", "#what-the-role-is", "#skills", "#what-rises", "#chapters", "#reading"], next.QuerySelectorAll(".hb-contents-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Skill_page_headings_link_to_themselves()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/skills/user-focus");

        var headings = page.QuerySelectorAll("main h2[id]:not(#on-this-page)").ToList();
        Assert.Equal(["what-it-means", "levels", "by-role", "chapters"], headings.Select(h => h.Id));
        Assert.All(headings, h => Assert.Equal($"#{h.Id}", h.Closest(".hb-heading")?.QuerySelector(".hb-heading__anchor")?.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/roles/product-manager", "skills", "Skills and the level expected")]
    [InlineData("/chapters/work-with-agility", "training", "Training")]
    public async Task A_suggestion_about_a_template_section_is_stored_with_that_section(string pagePath, string anchor, string title)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.SubmitAsync($"/suggest?page={Uri.EscapeDataString(pagePath)}&section={anchor}", "/suggest",
            new Dictionary<string, string> { ["Text"] = "Add a line about this." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = _app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.AsNoTracking().SingleAsync();
        Assert.Equal((pagePath, anchor, title), (stored.PagePath, stored.SectionAnchor, stored.SectionTitle));
    }
}
