using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Handbook.Web.Data;
using Handbook.Web.Suggestions;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>The form readers use to suggest an edit to a page or one of its sections.</summary>
public sealed partial class SuggestionsController(
    SuggestionTargets targets, HandbookDbContext db, TimeProvider time, IDataProtectionProvider protection, ILogger<SuggestionsController> logger) : Controller
{
    private const string ReferencePrefix = "HB-";
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int ReferenceLength = 8;
    private const string StoreUnavailableMessage =
        "Your suggestion has not been sent: the handbook cannot store it just now. Everything you typed is still here. Try again in a minute";
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
        var chosen = target.Sections.FirstOrDefault(s => s.Anchor == section);
        var input = new SuggestionInput
        {
            Page = target.Path,
            Section = chosen?.Anchor,
            Seen = target.ContentHash,
            Proposed = chosen is { IsProse: true } ? chosen.Markdown : null,
        };
        return View("Form", new SuggestionFormViewModel(Meta(target, hasErrors: false), target, input, []));
    }

    [HttpPost("/suggest"), ValidateAntiForgeryToken, EnableRateLimiting(WebExtensions.SuggestionsRateLimit)]
    public async Task<IActionResult> Create([FromForm] SuggestionInput input, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateAsync(input, cancellationToken);
        }
        catch (Exception e) when (StoreUnavailable.Is(e))
        {
            // The store is down, full or out of connections: the reader gets the form back with all
            // they typed and a 503 saying when to try again. Nothing was stored (one insert, or none).
            LogStoreUnavailable(logger, e, input.Page);
            ModelState.Clear();
            Response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            var shown = SuggestionTargets.AsPosted(input.Page, input.Section);
            var errors = new List<FieldError> { new(nameof(SuggestionInput.Text), StoreUnavailableMessage) };
            var form = View("Form", new SuggestionFormViewModel(Meta(shown, hasErrors: true), shown, input, errors));
            form.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return form;
        }
    }

    private async Task<IActionResult> CreateAsync(SuggestionInput input, CancellationToken cancellationToken)
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

        // The box opens with the section's Markdown: left as it was, it proposes nothing.
        var proposes = section is { IsProse: true } && !string.IsNullOrWhiteSpace(input.Proposed) && Normalized(input.Proposed) != Normalized(section.Markdown);
        var suggestion = new Suggestion
        {
            Reference = NewReference(),
            PagePath = target.Path,
            PageTitle = target.Title,
            SectionAnchor = section?.Anchor,
            SectionTitle = section?.Title,
            ContentHash = input.Seen is { Length: > 0 } seen ? seen : target.ContentHash,
            Text = input.Text!,
            ProposedText = proposes ? input.Proposed : null,
            BaseText = proposes ? section!.Markdown : null,
            Name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            Status = SuggestionStatus.New,
            ReceivedAt = time.GetUtcNow(),
        };
        db.Suggestions.Add(suggestion);
        await db.SaveChangesWithRetriesAsync(time, cancellationToken);
        return Redirect(ThanksUrl(suggestion.Reference, suggestion.PagePath, suggestion.SectionAnchor));
    }

    /// <summary>
    /// Built from its address alone, never from the store: the page a bot caught by the honeypot sees
    /// is the very page a reader sees. The address carries the site's signature of the reference
    /// (<paramref name="proof"/>), so that only a reference the site issued is thanked for.
    /// </summary>
    [HttpGet("/suggest/thanks/{reference}")]
    public async Task<IActionResult> Thanks(string reference, string? proof, string? page, string? section, CancellationToken cancellationToken)
    {
        reference = reference.ToUpperInvariant();
        if (!IsReference(reference) || !Issued(reference, proof))
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
            new PageMeta("Thank you for your suggestion", "Your suggestion has been received.") { HasAddress = false }, reference, returnUrl, returnTitle,
            $"{SiteAddress.SuggestionStatus(reference)}?proof={Uri.EscapeDataString(proof!)}"));
    }

    /// <summary>
    /// Where a reader follows a suggestion by its reference: what it is about, its status and the day
    /// that last changed, and the owners' public reply. Never the text, a name or an email address, the
    /// reader's or anyone's: the reference may be shared. Nothing of it is cached or indexed.
    /// A made-up reference is 404. The thank-you page links here with the site's signature of the
    /// reference (<paramref name="proof"/>): a reference the honeypot issued, which was never stored,
    /// is then shown as received, as a reader's new suggestion is, so a bot still cannot tell.
    /// </summary>
    [HttpGet("/suggest/status/{reference}")]
    public async Task<IActionResult> Status(string reference, string? proof, CancellationToken cancellationToken)
    {
        reference = reference.ToUpperInvariant();
        if (!IsReference(reference))
        {
            return NotFound();
        }
        var found = await db.Suggestions.AsNoTracking()
            .Where(s => s.Reference == reference)
            .Select(s => new { s.PagePath, s.PageTitle, s.SectionTitle, s.Status, s.ReceivedAt, s.ReviewedAt, s.PublicReply })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null && !Issued(reference, proof))
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        var meta = new PageMeta($"Suggestion {reference}", "Where a suggestion to the product management handbook has got to.") { NoIndex = true, HasAddress = false };
        if (found is null)
        {
            return View(new SuggestionStatusViewModel(meta, reference, "the page you suggested an edit to", null, null, SuggestionStatus.New, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), null));
        }
        var target = await targets.FindAsync(found.PagePath, cancellationToken);
        return View(new SuggestionStatusViewModel(meta, reference, found.PageTitle, target?.Path, found.SectionTitle, found.Status,
            DateOnly.FromDateTime((found.ReviewedAt ?? found.ReceivedAt).UtcDateTime), found.PublicReply));
    }

    private List<FieldError> Errors() => SuggestionFormViewModel.FieldOrder
        .SelectMany(field => (ModelState[field]?.Errors ?? []).Take(1).Select(e => new FieldError(field, e.ErrorMessage,
            // The page is a hidden field: the summary links to the text, which the reader can copy.
            field == nameof(SuggestionInput.Page) ? "text" : null)))
        .ToList();

    private static PageMeta Meta(SuggestionTarget target, bool hasErrors) =>
        new((hasErrors ? "Error: " : "") + $"Suggest an edit to {target.Title}", $"Suggest an edit to {target.Title} in the product management handbook.")
        {
            // The form's own address names its page: "/suggest" alone is no page.
            Path = SiteAddress.Suggest(target.Path),
        };

    private IDataProtector Thanking => protection.CreateProtector("Handbook.SuggestionThanks");

    private bool Issued(string reference, string? proof)
    {
        try
        {
            return proof is not null && Thanking.Unprotect(proof) == reference;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A suggestion for {Page} could not be stored: the store is unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string? page);

    /// <summary>Text with its line endings and trailing space made alike, for telling whether the reader changed it.</summary>
    private static string Normalized(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    private static string NewReference() => ReferencePrefix + RandomNumberGenerator.GetString(ReferenceAlphabet, ReferenceLength);

    private static bool IsReference(string value) =>
        value.Length == ReferencePrefix.Length + ReferenceLength && value.StartsWith(ReferencePrefix, StringComparison.Ordinal)
        && value[ReferencePrefix.Length..].All(c => ReferenceAlphabet.Contains(c, StringComparison.Ordinal));

    private string ThanksUrl(string reference, string pagePath, string? sectionAnchor) =>
        $"/suggest/thanks/{reference}?proof={Thanking.Protect(reference)}&page={Uri.EscapeDataString(pagePath)}"
        + (sectionAnchor is null ? "" : $"&section={Uri.EscapeDataString(sectionAnchor)}");
}
