using Handbook.Content;

namespace Handbook.Web.ViewModels;

public sealed record ChapterViewModel(
    PageMeta Meta,
    string Slug,
    string Number,
    string Title,
    ProseModel Prose,
    ChapterPart Part,
    IReadOnlyList<HeadingLink> Headings,
    IReadOnlyList<ReadingEntry> Reading,
    IReadOnlyList<ReadingEntry> Training,
    UpdatesModel Updates,
    IReadOnlyList<RoleLink> BuildsRoles,
    IReadOnlyList<SkillLinkModel> BuildsSkills,
    ChapterLinkModel? Previous,
    ChapterLinkModel? Next) : IHasPageMeta
{
    public string Url => SiteAddress.Chapter(Slug);
}

public sealed record ChapterPart(int Number, string Title, string Slug);

/// <summary>An entry of a page's "On this page" list.</summary>
public sealed record HeadingLink(int Level, string Text, string Anchor);
