namespace Handbook.Web.ViewModels;

/// <summary>A link to a chapter, with its number.</summary>
public sealed record ChapterLinkModel(string Number, string Title, string Slug, string Summary)
{
    public string Url => $"/chapters/{Slug}";

    public static string FormatNumber(int partOrder, int chapterOrder) => $"{partOrder}.{chapterOrder}";
}
