using Handbook.Content;

namespace Handbook.Web.ViewModels;

public sealed record ChapterViewModel(
    PageMeta Meta,
    string Number,
    string Title,
    string Html,
    ChapterPart Part,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<ReadingEntry> Reading,
    IReadOnlyList<ReadingEntry> Training,
    DateTimeOffset UpdatedAt,
    ChapterLinkModel? Previous,
    ChapterLinkModel? Next) : IHasPageMeta;

public sealed record ChapterPart(int Number, string Title, string Slug);
