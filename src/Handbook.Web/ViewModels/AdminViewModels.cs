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
    public string ExportUrl => "/admin/suggestions.csv" + QueryString;

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
    /// <summary>The statuses a moderator can choose, in the order of the radios.</summary>
    public static readonly IReadOnlyList<SuggestionStatus> Choices = [SuggestionStatus.Accepted, SuggestionStatus.Rejected, SuggestionStatus.Done];

    public static string RadioId(SuggestionStatus status) => "status-" + status.ToString().ToLowerInvariant();

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
