using Handbook.Web.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SuggestionsInBrowser(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly Regex ThanksPage = new("/suggest/thanks/HB-");

    [BrowserFact]
    public async Task A_reader_suggests_a_change_to_a_section_from_its_link()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/chapters/work-with-agility"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Suggest a change to the section: In government" }).ClickAsync();
        Assert.Equal("The section: In government", await page.Locator("main h2").First.InnerTextAsync());
        Assert.Equal("in-government", await page.Locator("input[name=Section]").GetAttributeAsync("value"));
        await Axe.AssertNoViolationsAsync(page);
        Assert.Equal("Text.", (await page.GetByLabel("Proposed wording (optional)").InputValueAsync()).Trim());
        await page.GetByLabel("Why, or what should change").FillAsync("Mention the Service Standard.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send suggestion" }).ClickAsync();

        // After a post and its redirect, waiting for the URL and then a load event has twice timed out
        // with the thanks page already there: these assertions poll the page instead.
        await Assertions.Expect(page).ToHaveURLAsync(ThanksPage);
        await Assertions.Expect(page.Locator(".govuk-panel__body strong")).ToBeVisibleAsync();
        Assert.Matches("^HB-[A-Z0-9]{8}$", await page.Locator(".govuk-panel__body strong").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);
        var thanks = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "follow your suggestion" }).ClickAsync();
        await Assertions.Expect(page.Locator(".hb-suggestion-status")).ToContainTextAsync("Received");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync(thanks);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to In government" }).ClickAsync();
        Assert.EndsWith("/chapters/work-with-agility#in-government", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_form_with_errors_moves_focus_to_the_error_summary_and_keeps_what_was_typed()
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/suggest?page=%2Fchapters%2Flicence"));

        await page.GetByLabel("Your name (optional)").FillAsync("Ada");
        await page.GetByLabel("Your email address (optional)").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send suggestion" }).ClickAsync();

        // Waits for the answer to the post rather than for a load event that may have passed already.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("Ada", await page.GetByLabel("Your name (optional)").InputValueAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your suggestion" }).ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.id === 'text'"), "the summary link does not lead to the field");
    }

    [BrowserFact]
    public async Task A_moderator_signs_in_and_marks_a_suggestion_accepted()
    {
        var reader = await Browser.NewPageAsync();
        await reader.GotoAsync(App.Url("/suggest?page=%2Fchapters%2Flicence"));
        await reader.GetByLabel("Your suggestion").FillAsync("Link to the legal code.");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Send suggestion" }).ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(ThanksPage);
        await App.Factory.AddModeratorAsync();

        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/admin/suggestions"));
        Assert.Contains("/admin/sign-in", page.Url, StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(Moderators.Email);
        await page.GetByLabel("Password").FillAsync(Moderators.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/suggestions($|\\?)"));
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("table.hb-queue tbody a").First.ClickAsync();
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Accepted").CheckAsync();
        await page.GetByLabel("Note (optional)").FillAsync("Good idea.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-summary-list .hb-status")).ToHaveTextAsync(new Regex("^\\s*Accepted\\s*$", RegexOptions.IgnoreCase));
    }
}
