using System.Text;
using Handbook.Web.Admin;
using Handbook.Web.Data;
using Handbook.Web.Suggestions;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>The moderators' queue of suggestions: list, filter, read one beside its section, decide, export.</summary>
[Authorize]
public sealed class AdminSuggestionsController(HandbookDbContext db, SuggestionTargets targets, TimeProvider time) : Controller
{
    private const int ExcerptLength = 140;

    [HttpGet("/admin")]
    public IActionResult Home() => RedirectToAction(nameof(Queue));

    [HttpGet("/admin/suggestions")]
    public async Task<IActionResult> Queue(string? status, string? page, int? p, CancellationToken cancellationToken)
    {
        var filter = ParseStatus(status);
        var total = await Filtered(filter, page).CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + QueuePaging.PageSize - 1) / QueuePaging.PageSize);
        var number = Math.Clamp(p ?? 1, 1, pageCount);
        var rows = await Filtered(filter, page)
            .OrderByDescending(s => s.Id)
            .Skip((number - 1) * QueuePaging.PageSize)
            .Take(QueuePaging.PageSize)
            .Select(s => new QueueRow(s.Id, s.Reference, s.ReceivedAt, s.PagePath, s.PageTitle, s.SectionTitle,
#pragma warning disable CA1845 // Translated into SQL, where Substring is substr(): a span is no use there.
                s.Text.Length > ExcerptLength ? s.Text.Substring(0, ExcerptLength) + "…" : s.Text, s.Status))
#pragma warning restore CA1845
            .ToListAsync(cancellationToken);
        var pages = await db.Suggestions.AsNoTracking()
            .GroupBy(s => s.PagePath)
            .Select(g => new { Path = g.Key, Title = g.Max(s => s.PageTitle)! })
            .OrderBy(p => p.Title)
            .ToListAsync(cancellationToken);
        return View(new QueueViewModel(new PageMeta("Suggestions", "Readers' suggestions for review."), User.Identity!.Name!,
            filter, string.IsNullOrEmpty(page) ? null : page, pages.Select(p => (p.Path, p.Title)).ToList(), rows)
        {
            Paging = new QueuePaging(number, pageCount, total),
        });
    }

    [HttpGet("/admin/suggestions.csv")]
    public async Task<IActionResult> Export(string? status, string? page, CancellationToken cancellationToken)
    {
        var suggestions = await Filtered(ParseStatus(status), page).OrderByDescending(s => s.Id).ToListAsync(cancellationToken);
        var csv = SuggestionCsv.Write(suggestions);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8",
            $"suggestions-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }

    [HttpGet("/admin/suggestions/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var suggestion = await db.Suggestions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return suggestion is null
            ? NotFound()
            : View(await DetailAsync(suggestion, new StatusInput { Status = suggestion.Status, Note = suggestion.ModeratorNote, Reply = suggestion.PublicReply }, [], cancellationToken));
    }

    [HttpPost("/admin/suggestions/{id:int}/status"), ValidateAntiForgeryToken]
    public async Task<IActionResult> UpdateStatus(int id, [FromForm] StatusInput input, CancellationToken cancellationToken)
    {
        var suggestion = await db.Suggestions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid || input.Status is null)
        {
            // Shown again with what the moderator typed, not what is stored, and a message by each field.
            return View("Show", await DetailAsync(suggestion, input, StatusErrors(input), cancellationToken));
        }
        suggestion.Status = input.Status.Value;
        suggestion.ModeratorNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        suggestion.PublicReply = string.IsNullOrWhiteSpace(input.Reply) ? null : input.Reply.Trim();
        suggestion.ReviewedBy = User.Identity!.Name;
        suggestion.ReviewedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(Show), new { id });
    }

    private IQueryable<Suggestion> Filtered(SuggestionStatus? status, string? page)
    {
        var query = db.Suggestions.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(s => s.Status == status);
        }
        if (!string.IsNullOrEmpty(page))
        {
            query = query.Where(s => s.PagePath == page);
        }
        return query;
    }

    private List<FieldError> StatusErrors(StatusInput input)
    {
        var errors = new List<FieldError>();
        if (input.Status is null || ModelState[nameof(StatusInput.Status)]?.Errors.Count > 0)
        {
            // Whatever went wrong (nothing chosen, or a value that is not a status), the fix is the same.
            errors.Add(new FieldError(nameof(StatusInput.Status), StatusInput.ChooseStatus, SuggestionDetailViewModel.RadioId(SuggestionDetailViewModel.Choices[0])));
        }
        if (ModelState[nameof(StatusInput.Note)]?.Errors.FirstOrDefault() is { } note)
        {
            errors.Add(new FieldError(nameof(StatusInput.Note), note.ErrorMessage));
        }
        if (ModelState[nameof(StatusInput.Reply)]?.Errors.FirstOrDefault() is { } reply)
        {
            errors.Add(new FieldError(nameof(StatusInput.Reply), reply.ErrorMessage));
        }
        return errors;
    }

    private async Task<SuggestionDetailViewModel> DetailAsync(Suggestion suggestion, StatusInput input, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        // The page may have been renamed (its old slug is an alias) or deleted since the suggestion was made.
        var target = await targets.FindAsync(suggestion.PagePath, cancellationToken);
        var section = target?.Sections.FirstOrDefault(s => s.Anchor == suggestion.SectionAnchor);
        return new SuggestionDetailViewModel(
            new PageMeta((errors.Count > 0 ? "Error: " : "") + $"Suggestion {suggestion.Reference}", "A reader's suggestion."),
            User.Identity!.Name!,
            suggestion,
            target is null ? null : target.Path + (section is null ? "" : "#" + section.Anchor),
            suggestion.SectionAnchor is null ? target?.SectionsMarkdown() : section?.Markdown,
            target is not null && target.ContentHash != suggestion.ContentHash,
            input,
            errors)
        {
            CurrentHtml = section?.Html,
            ProposedDiff = suggestion is { ProposedText: { } proposed, BaseText: { } baseText } ? WordDiff.Of(baseText, proposed) : [],
            SectionMovedOn = suggestion.BaseText is not null && section is not null && section.Markdown != suggestion.BaseText,
        };
    }

    private static SuggestionStatus? ParseStatus(string? status) =>
        Enum.TryParse<SuggestionStatus>(status, ignoreCase: true, out var parsed) ? parsed : null;
}
