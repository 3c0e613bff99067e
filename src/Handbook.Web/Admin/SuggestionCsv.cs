using System.Globalization;
using System.Text;
using Handbook.Web.Data;

namespace Handbook.Web.Admin;

/// <summary>Writes suggestions as CSV, each value made safe to open in a spreadsheet (<see cref="Csv"/>).</summary>
public static class SuggestionCsv
{
    private static readonly string[] Header =
        ["Reference", "Received", "Status", "Page", "Page title", "Section", "Suggestion", "Name", "Email", "Moderator note", "Reviewed by", "Reviewed"];

    public static string Write(IEnumerable<Suggestion> suggestions)
    {
        var csv = new StringBuilder();
        CsvLines.Line(csv, Header);
        foreach (var s in suggestions)
        {
            CsvLines.Line(csv,
            [
                s.Reference, Date(s.ReceivedAt), s.Status.ToString(), s.PagePath + (s.SectionAnchor is null ? "" : "#" + s.SectionAnchor),
                s.PageTitle, s.SectionTitle, s.Text, s.Name, s.Email, s.ModeratorNote, s.ReviewedBy, s.ReviewedAt is { } at ? Date(at) : null,
            ]);
        }
        return csv.ToString();
    }

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
