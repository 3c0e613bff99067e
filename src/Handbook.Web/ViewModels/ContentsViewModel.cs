namespace Handbook.Web.ViewModels;

public sealed record ContentsViewModel(PageMeta Meta, IReadOnlyList<ContentsPart> Parts) : IHasPageMeta;

public sealed record ContentsPart(int Number, string Title, string Slug, string Summary, IReadOnlyList<ChapterLinkModel> Chapters);
