using System.Security.Cryptography;
using Handbook.Web.Data;
using Handbook.Web.Suggestions;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Handbook.Web.Controllers;

/// <summary>The form readers use to suggest an edit to a page or one of its sections.</summary>
public sealed class SuggestionsController(SuggestionTargets targets, HandbookDbContext db, TimeProvider time) : Controller
{
    private const string ReferencePrefix = "HB-";
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int ReferenceLength = 8;
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
        if (!string.IsNullOrEmpty(input.Website))
        {
            // Only a bot fills in the hidden field. It is answered exactly as a reader is, checks and
            // thank-you page alike, with a reference of the same kind, so it cannot tell; nothing is kept.
            return Redirect(ThanksUrl(NewReference(), target.Path, section?.Anchor));
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
        return Redirect(ThanksUrl(suggestion.Reference, suggestion.PagePath, suggestion.SectionAnchor));
    }

    /// <summary>
    /// Built from its address alone, never from the store: the page a bot caught by the honeypot sees
    /// is the very page a reader sees.
    /// </summary>
    [HttpGet("/suggest/thanks/{reference}")]
    public async Task<IActionResult> Thanks(string reference, string? page, string? section, CancellationToken cancellationToken)
    {
        reference = reference.ToUpperInvariant();
        if (!IsReference(reference))
        {
            return NotFound();
        }
        var target = await targets.FindAsync(page, cancellationToken);
        var heading = target?.Sections.FirstOrDefault(s => s.Anchor == section);
        var (returnUrl, returnTitle) =
            target is null ? ("/contents", "the contents")
            : heading is null ? (target.Path, target.Title)
            : ($"{target.Path}#{heading.Anchor}", heading.Title);
        return View(new SuggestionThanksViewModel(
            new PageMeta("Thank you for your suggestion", "Your suggestion has been received."), reference, returnUrl, returnTitle));
    }

    private List<FieldError> Errors() => SuggestionFormViewModel.FieldOrder
        .SelectMany(field => (ModelState[field]?.Errors ?? []).Take(1).Select(e => new FieldError(field, e.ErrorMessage,
            // The page is a hidden field: the summary links to the text, which the reader can copy.
            field == nameof(SuggestionInput.Page) ? "text" : null)))
        .ToList();

    private static PageMeta Meta(SuggestionTarget target, bool hasErrors) =>
        new((hasErrors ? "Error: " : "") + $"Suggest an edit to {target.Title}", $"Suggest an edit to {target.Title} in the product management handbook.");

    private static string NewReference() => ReferencePrefix + RandomNumberGenerator.GetString(ReferenceAlphabet, ReferenceLength);

    private static bool IsReference(string value) =>
        value.Length == ReferencePrefix.Length + ReferenceLength && value.StartsWith(ReferencePrefix, StringComparison.Ordinal)
        && value[ReferencePrefix.Length..].All(c => ReferenceAlphabet.Contains(c, StringComparison.Ordinal));

    private static string ThanksUrl(string reference, string pagePath, string? sectionAnchor) =>
        $"/suggest/thanks/{reference}?page={Uri.EscapeDataString(pagePath)}" + (sectionAnchor is null ? "" : $"&section={Uri.EscapeDataString(sectionAnchor)}");
}
