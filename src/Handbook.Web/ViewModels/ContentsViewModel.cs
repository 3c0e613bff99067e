namespace Handbook.Web.ViewModels;

public sealed record ContentsViewModel(PageMeta Meta, IReadOnlyList<ContentsPart> Parts) : IHasPageMeta;

/// <summary>A part with its chapters; <paramref name="IntroHtml"/> is the body of its <c>_part.md</c>, rendered at import (empty if it has none).</summary>
public sealed record ContentsPart(int Number, string Title, string Slug, string Summary, string IntroHtml, IReadOnlyList<ChapterLinkModel> Chapters);
