using Handbook.Web.Suggestions;

namespace Handbook.Web.ViewModels;

/// <summary>
/// An error on one field of a form, for the error summary and the message by the field. The summary
/// links to <paramref name="FieldId"/>, or to the field's name in lower case: for radios, the first radio's id.
/// </summary>
public sealed record FieldError(string Field, string Message, string? FieldId = null)
{
    public string Href => "#" + (FieldId ?? Field.ToLowerInvariant());
}

public sealed record SuggestionFormViewModel(
    PageMeta Meta,
    SuggestionTarget Target,
    SuggestionInput Input,
    IReadOnlyList<FieldError> Errors) : IHasPageMeta
{
    /// <summary>The fields in the order the form shows them, so the error summary follows the page.</summary>
    public static readonly string[] FieldOrder =
        [nameof(SuggestionInput.Page), nameof(SuggestionInput.Section), nameof(SuggestionInput.Proposed), nameof(SuggestionInput.Text), nameof(SuggestionInput.Name), nameof(SuggestionInput.Email)];

    /// <summary>The section the form was opened for, when it is prose a reader can propose wording for.</summary>
    public TargetSection? Chosen => Target.Sections.FirstOrDefault(s => s.Anchor == Input.Section && s.IsProse);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>Where the back link goes: the page, or the contents when the page is not in the handbook.</summary>
    public (string Url, string Title) Back => Target.InHandbook ? (Target.Path, Target.Title) : ("/contents", "the contents");
}

/// <param name="StatusUrl">Where the reader follows it.</param>
public sealed record SuggestionThanksViewModel(PageMeta Meta, string Reference, string ReturnUrl, string ReturnTitle, string StatusUrl) : IHasPageMeta;

/// <summary>A suggestion as its status page shows it: what it is about and where it has got to, nothing personal.</summary>
/// <param name="PageUrl">The page's address now, or null if it is no longer in the handbook.</param>
/// <param name="Changed">The day its status last changed (the day it was received, while it is new).</param>
public sealed record SuggestionStatusViewModel(
    PageMeta Meta, string Reference, string PageTitle, string? PageUrl, string? SectionTitle, Data.SuggestionStatus Status, DateOnly Changed, string? Reply) : IHasPageMeta
{
    /// <summary>The status in the reader's words.</summary>
    public string StatusText => Status switch
    {
        Data.SuggestionStatus.New => "Received: the owners have not reviewed it yet",
        Data.SuggestionStatus.Accepted => "Accepted: the owners will change the page",
        Data.SuggestionStatus.Rejected => "Not taken up",
        _ => "Done: the page has been changed",
    };
}
