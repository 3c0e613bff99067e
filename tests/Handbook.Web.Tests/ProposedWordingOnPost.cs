using System.Net;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

/// <summary>A reader proposes new wording for the section they came from, and the owner reads it word by word against the section.</summary>
public sealed class ProposedWordingOnPost : IDisposable
{
    private const string Form = "/suggest?page=%2Fchapters%2Fwork-with-agility&section=in-government";
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private async Task<Suggestion> StoredAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.AsNoTracking().SingleAsync();
    }

    private async Task SendAsync(string proposed, string text = "Say where government differs.")
    {
        using var response = await _app.CreateClient(new() { AllowAutoRedirect = false }).SubmitAsync(Form, "/suggest",
            new Dictionary<string, string> { ["Text"] = text, ["Proposed"] = proposed });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_form_shows_the_section_as_the_page_does_and_opens_with_its_wording_to_change()
    {
        var page = await _app.CreateClient().GetDocumentAsync(Form);

        Assert.Equal("The section: In government", page.QuerySelector("main h2")!.Text());
        Assert.Equal("<p>Text.</p>", page.QuerySelector(".hb-suggest-section")!.InnerHtml.Trim());
        Assert.Equal("Text.", page.QuerySelector("textarea#proposed")!.TextContent.Trim());
        Assert.Equal("in-government", page.QuerySelector("input[name=Section]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("select#section"));
    }

    [Fact]
    public async Task A_form_for_the_whole_page_or_a_section_the_template_adds_offers_no_wording_to_change()
    {
        var whole = await _app.CreateClient().GetDocumentAsync("/suggest?page=%2Fchapters%2Fwork-with-agility");
        var reading = await _app.CreateClient().GetDocumentAsync("/suggest?page=%2Fchapters%2Fwork-with-agility&section=reading");

        Assert.Null(whole.QuerySelector("textarea#proposed"));
        Assert.NotNull(whole.QuerySelector("select#section"));
        Assert.Null(reading.QuerySelector("textarea#proposed"));
    }

    [Fact]
    public async Task Proposed_wording_is_stored_with_the_text_it_replaces()
    {
        await SendAsync("Text, as government does it.");

        var stored = await StoredAsync();
        Assert.Equal(("Text, as government does it.", "Text."), (stored.ProposedText, stored.BaseText));
    }

    [Fact]
    public async Task Wording_left_as_it_opened_proposes_nothing()
    {
        await SendAsync("Text.\r\n");

        var stored = await StoredAsync();
        Assert.Equal((null, null), (stored.ProposedText, stored.BaseText));
    }

    [Fact]
    public async Task The_owner_sees_the_section_now_and_the_proposed_wording_word_by_word_as_text()
    {
        await SendAsync("Text <script>alert(1)</script> in government.");
        using var moderator = await _app.SignedInClientAsync();
        var id = (await StoredAsync()).Id;

        var page = await moderator.GetDocumentAsync($"/admin/suggestions/{id}");

        Assert.Equal("<p>Text.</p>", page.QuerySelector(".hb-current-section")!.InnerHtml.Trim());
        Assert.Equal(["Text."], page.QuerySelectorAll(".hb-diff del").Select(d => d.TextContent));
        Assert.Equal(["Text <script>alert(1)</script> in government."], page.QuerySelectorAll(".hb-diff ins").Select(d => d.TextContent));
        Assert.Empty(page.QuerySelectorAll(".hb-diff script"));
        Assert.Null(page.QuerySelector(".hb-moved-on"));
    }

    [Fact]
    public async Task The_owner_is_warned_when_the_section_has_changed_since_the_wording_was_proposed()
    {
        await SendAsync("Text, as government does it.");
        var chapter = Directory.GetFiles(_app.Content.Root, "*work-with-agility.md", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(chapter, (await File.ReadAllTextAsync(chapter)).Replace("## In government\n\nText.", "## In government\n\nNew text.", StringComparison.Ordinal));
        await _app.SyncAsync();
        using var moderator = await _app.SignedInClientAsync();

        var page = await moderator.GetDocumentAsync($"/admin/suggestions/{(await StoredAsync()).Id}");

        Assert.Contains("The section has changed since the reader proposed this wording", page.QuerySelector(".hb-moved-on")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<p>New text.</p>", page.QuerySelector(".hb-current-section")!.InnerHtml.Trim());
    }
}
