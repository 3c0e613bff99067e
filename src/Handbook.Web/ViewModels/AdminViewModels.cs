using Handbook.Web.Admin;
using Handbook.Web.Data;

namespace Handbook.Web.ViewModels;

public sealed record SignInViewModel(PageMeta Meta, SignInInput Input, IReadOnlyList<FieldError> Errors) : IHasPageMeta
{
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>One line of the moderation queue.</summary>
public sealed record QueueRow(int Id, string Reference, DateTimeOffset ReceivedAt, string PagePath, string PageTitle, string? SectionTitle, string Excerpt, SuggestionStatus Status);

public sealed record QueueViewModel(
    PageMeta Meta,
    string Moderator,
    SuggestionStatus? Status,
    string? Page,
    IReadOnlyList<(string Path, string Title)> Pages,
    IReadOnlyList<QueueRow> Rows) : IHasPageMeta
{
    /// <summary>Which page of the list this is.</summary>
    public QueuePaging Paging { get; init; } = new(1, 1, Rows.Count);

    public string ExportUrl => "/admin/suggestions.csv" + QueryString;

    /// <summary>The address of another page of the same list.</summary>
    public string PageUrl(int number) =>
        "/admin/suggestions" + QueryString + (number == 1 ? "" : (QueryString.Length == 0 ? "?" : "&") + "p=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string QueryString
    {
        get
        {
            var parts = new List<string>();
            if (Status is not null)
            {
                parts.Add("status=" + Status.Value.ToString().ToLowerInvariant());
            }
            if (Page is not null)
            {
                parts.Add("page=" + Uri.EscapeDataString(Page));
            }
            return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
        }
    }
}

public sealed record SuggestionDetailViewModel(
    PageMeta Meta,
    string Moderator,
    Suggestion Suggestion,
    string? CurrentPageUrl,
    /// <summary>The section's Markdown now, or for a suggestion about the whole page, the page's sections.</summary>
    string? CurrentMarkdown,
    bool ContentChanged,
    StatusInput Input,
    IReadOnlyList<FieldError> Errors) : IHasPageMeta
{
    /// <summary>The section's HTML now, as the page shows it, where the suggestion is about a section of prose.</summary>
    public string? CurrentHtml { get; init; }

    /// <summary>The reader's proposed wording against the section as it was when they sent it, word by word; empty without a proposal.</summary>
    public IReadOnlyList<Suggestions.DiffRun> ProposedDiff { get; init; } = [];

    /// <summary>True when the section's text is no longer what the reader's proposed wording was written against.</summary>
    public bool SectionMovedOn { get; init; }

    /// <summary>The statuses a moderator can choose, in the order of the radios.</summary>
    public static readonly IReadOnlyList<SuggestionStatus> Choices = [SuggestionStatus.Accepted, SuggestionStatus.Rejected, SuggestionStatus.Done];

    public static string RadioId(SuggestionStatus status) => "status-" + status.ToString().ToLowerInvariant();

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>
/// The queue shows <see cref="PageSize"/> suggestions a page, newest first: page <paramref name="Number"/>
/// of <paramref name="Count"/>, of <paramref name="Total"/> suggestions in all.
/// </summary>
public sealed record QueuePaging(int Number, int Count, int Total)
{
    public const int PageSize = 50;

    /// <summary>
    /// The page numbers to offer, as GOV.UK's pagination does: the first, the last, this one and its
    /// neighbours, with null where numbers are left out.
    /// </summary>
    public IReadOnlyList<int?> Offered()
    {
        var shown = new SortedSet<int> { 1, Count, Number, Math.Max(1, Number - 1), Math.Min(Count, Number + 1) };
        var offered = new List<int?>();
        foreach (var number in shown)
        {
            if (offered.Count > 0 && offered[^1] is { } last && number > last + 1)
            {
                offered.Add(null);
            }
            offered.Add(number);
        }
        return offered;
    }
}
