using Handbook.Web.Search;

namespace Handbook.Web.ViewModels;

public sealed record SearchViewModel(PageMeta Meta, string Query, IReadOnlyList<SearchResult> Results) : IHasPageMeta
{
    /// <summary>The query spelt with the handbook's words, where it found little and one of its words is not the handbook's.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>"Chapter", "Role", "Skill" or "Glossary": what a result leads to.</summary>
    public static string Label(ResultKind kind) => kind.ToString();
}
