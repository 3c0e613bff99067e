namespace Handbook.Web.ViewModels;

public sealed record HomeViewModel(
    PageMeta Meta,
    IReadOnlyList<PathwayStep> Pathway,
    ChapterLinkModel? FirstChapter,
    IReadOnlyList<PartSummary> Parts) : IHasPageMeta;

public sealed record PathwayStep(string Name, string Stage, string Url);

public sealed record PartSummary(int Number, string Title, string Slug, string Summary, int ChapterCount);
