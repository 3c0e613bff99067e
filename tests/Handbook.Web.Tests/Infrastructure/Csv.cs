namespace Handbook.Web.Tests.Infrastructure;

/// <summary>Reads CSV as RFC 4180 has it (as a spreadsheet would): quoted fields, doubled quotes, line breaks inside quotes.</summary>
public static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.False(quoted, "a quoted field is not closed");
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The rows as records keyed by the header's names.</summary>
    public static List<Dictionary<string, string>> Records(string text)
    {
        var rows = Parse(text.TrimStart('\uFEFF'));
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        return rows.Skip(1).Select(row => rows[0].Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }
}
