using System.Security.Cryptography;
using Handbook.Web.Data;
using Handbook.Web.Suggestions;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>The form readers use to suggest an edit to a page or one of its sections.</summary>
public sealed class SuggestionsController(SuggestionTargets targets, HandbookDbContext db, TimeProvider time) : Controller
{
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string UnknownPage =
        "We could not tell which page your suggestion is about. Copy your suggestion, then send it from the page's “Suggest an edit” link";

    [HttpGet("/suggest")]
    public async Task<IActionResult> New(string? page, string? section, CancellationToken cancellationToken)
    {
        var target = await targets.FindAsync(page, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }
        var input = new SuggestionInput
        {
            Page = target.Path,
            Section = target.Sections.Any(s => s.Anchor == section) ? section : null,
            Seen = target.ContentHash,
        };
        return View("Form", new SuggestionFormViewModel(Meta(target, hasErrors: false), target, input, []));
    }

    [HttpPost("/suggest"), ValidateAntiForgeryToken, EnableRateLimiting(WebExtensions.SuggestionsRateLimit)]
    public async Task<IActionResult> Create([FromForm] SuggestionInput input, CancellationToken cancellationToken)
    {
        // A page deleted or renamed since the form was shown still gets its suggestion: nothing typed is lost.
        var target = await targets.FindAsync(input.Page, cancellationToken) ?? SuggestionTargets.Gone(input.Page, input.Section);
        if (target is null)
        {
            ModelState.AddModelError(nameof(SuggestionInput.Page), UnknownPage);
        }
        else if (!string.IsNullOrEmpty(input.Website))
        {
            // Only a bot fills in the hidden field: thank it and keep nothing.
            return Redirect("/suggest/thanks/received");
        }
        var section = string.IsNullOrEmpty(input.Section) ? null : target?.Sections.FirstOrDefault(s => s.Anchor == input.Section);
        if (target is not null && !string.IsNullOrEmpty(input.Section) && section is null)
        {
            ModelState.AddModelError(nameof(SuggestionInput.Section), "Choose a section from the list");
        }
        if (target is null || !ModelState.IsValid)
        {
            var shown = target ?? new SuggestionTarget(input.Page ?? "", "the handbook", "", [], InHandbook: false);
            return View("Form", new SuggestionFormViewModel(Meta(shown, hasErrors: true), shown, input, Errors()));
        }

        var suggestion = new Suggestion
        {
            Reference = NewReference(),
            PagePath = target.Path,
            PageTitle = target.Title,
            SectionAnchor = section?.Anchor,
            SectionTitle = section?.Title,
            ContentHash = input.Seen is { Length: > 0 } seen ? seen : target.ContentHash,
            Text = input.Text!,
            Name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            Status = SuggestionStatus.New,
            ReceivedAt = time.GetUtcNow(),
        };
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/suggest/thanks/{suggestion.Reference}");
    }

    [HttpGet("/suggest/thanks/{reference}")]
    public async Task<IActionResult> Thanks(string reference, CancellationToken cancellationToken)
    {
        var suggestion = await db.Suggestions.AsNoTracking()
            .Where(s => s.Reference == reference.ToUpperInvariant())
            .Select(s => new { s.Reference, s.PagePath, s.PageTitle, s.SectionAnchor, s.SectionTitle })
            .FirstOrDefaultAsync(cancellationToken);
        var model = suggestion is null
            ? new SuggestionThanksViewModel(new PageMeta("Thank you for your suggestion", "Your suggestion has been received."), null, "/contents", "the contents")
            : new SuggestionThanksViewModel(
                new PageMeta("Thank you for your suggestion", "Your suggestion has been received."),
                suggestion.Reference,
                suggestion.SectionAnchor is null ? suggestion.PagePath : $"{suggestion.PagePath}#{suggestion.SectionAnchor}",
                suggestion.SectionTitle ?? suggestion.PageTitle);
        return View(model);
    }

    private List<FieldError> Errors() => SuggestionFormViewModel.FieldOrder
        .SelectMany(field => (ModelState[field]?.Errors ?? []).Take(1).Select(e => new FieldError(field, e.ErrorMessage,
            // The page is a hidden field: the summary links to the text, which the reader can copy.
            field == nameof(SuggestionInput.Page) ? "text" : null)))
        .ToList();

    private static PageMeta Meta(SuggestionTarget target, bool hasErrors) =>
        new((hasErrors ? "Error: " : "") + $"Suggest an edit to {target.Title}", $"Suggest an edit to {target.Title} in the product management handbook.");

    private static string NewReference() => "HB-" + RandomNumberGenerator.GetString(ReferenceAlphabet, 8);
}
