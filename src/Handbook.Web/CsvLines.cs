using System.Text;

namespace Handbook.Web;

/// <summary>
/// Writes CSV (RFC 4180) lines. A value that a spreadsheet would run as a formula (starting with =,
/// +, -, @, tab or return) is prefixed with an apostrophe, so that a download is safe to open.
/// </summary>
public static class CsvLines
{
    public static void Line(StringBuilder csv, IReadOnlyList<string?> values)
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
}
