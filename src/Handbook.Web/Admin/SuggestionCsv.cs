using System.Globalization;
using System.Text;
using Handbook.Web.Data;

namespace Handbook.Web.Admin;

/// <summary>
/// Writes suggestions as CSV (RFC 4180). A value that a spreadsheet would run as a formula (starting
/// with =, +, -, @, tab or return) is prefixed with an apostrophe, so that an export is safe to open.
/// </summary>
public static class SuggestionCsv
{
    private static readonly string[] Header =
        ["Reference", "Received", "Status", "Page", "Page title", "Section", "Suggestion", "Name", "Email", "Moderator note", "Reviewed by", "Reviewed"];

    public static string Write(IEnumerable<Suggestion> suggestions)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var s in suggestions)
        {
            Line(csv,
            [
                s.Reference, Date(s.ReceivedAt), s.Status.ToString(), s.PagePath + (s.SectionAnchor is null ? "" : "#" + s.SectionAnchor),
                s.PageTitle, s.SectionTitle, s.Text, s.Name, s.Email, s.ModeratorNote, s.ReviewedBy, s.ReviewedAt is { } at ? Date(at) : null,
            ]);
        }
        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }
            csv.Append(Field(values[i] ?? ""));
        }
        csv.Append("\r\n");
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
