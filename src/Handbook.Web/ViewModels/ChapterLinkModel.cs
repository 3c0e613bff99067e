namespace Handbook.Web.ViewModels;

/// <summary>A link to a chapter, with its number (part order and chapter order, such as 3.2).</summary>
public sealed record ChapterLinkModel(int PartOrder, int Order, string Title, string Slug, string Summary)
{
    public string Number => FormatNumber(PartOrder, Order);

    public string Url => SiteAddress.Chapter(Slug);

    public static string FormatNumber(int partOrder, int chapterOrder) => $"{partOrder}.{chapterOrder}";
}
