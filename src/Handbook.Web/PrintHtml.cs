using System.Text.RegularExpressions;

namespace Handbook.Web;

/// <summary>
/// Fits a chapter's stored HTML into a page that holds many chapters: its ids and in-page links get
/// the chapter's slug as a prefix (so they stay unique), and its headings move down two levels
/// (under the part's h2 and the chapter's h3). The HTML is the site's own rendering, never user input.
/// </summary>
public static partial class PrintHtml
{
    public static string Embed(string html, string slug)
    {
        var prefixed = AnchorAttribute().Replace(html, m => $"{m.Groups["attribute"].Value}=\"{(m.Groups["hash"].Success ? "#" : "")}{slug}--{m.Groups["value"].Value}\"");
        return Heading().Replace(prefixed, m => $"<{m.Groups["close"].Value}h{int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) + 2}");
    }

    [GeneratedRegex("(?<attribute>id)=\"(?<value>[^\"]+)\"|(?<attribute>href)=\"(?<hash>#)(?<value>[^\"]+)\"")]
    private static partial Regex AnchorAttribute();

    [GeneratedRegex("<(?<close>/?)h(?<level>[2-4])")]
    private static partial Regex Heading();
}
