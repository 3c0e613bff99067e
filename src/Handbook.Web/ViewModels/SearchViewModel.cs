using Handbook.Web.Search;

namespace Handbook.Web.ViewModels;

public sealed record SearchViewModel(PageMeta Meta, string Query, IReadOnlyList<SearchResult> Results) : IHasPageMeta;
