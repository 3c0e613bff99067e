namespace Handbook.Content;

/// <summary>One dated line of a page's history, from its <c>changes:</c> list, as GOV.UK pages keep them.</summary>
public sealed record ChangeNote(DateOnly Date, string Note);

/// <summary>Reads a file's <c>changes:</c> list: each item a <c>date:</c> (YYYY-MM-DD) and a one-line <c>note:</c>.</summary>
internal static class ChangeNotes
{
    public const string Field = "changes";

    /// <summary>The notes, newest first; an item with a missing or malformed field is an error on its line.</summary>
    public static List<ChangeNote> Read(FrontMatter fields)
    {
        var notes = new List<ChangeNote>();
        foreach (var item in fields.MappingList(Field, "date: 2025-03-14"))
        {
            fields.RejectUnknownKeys(item, "date", "note");
            var date = fields.Date(item, "date", required: true);
            var note = fields.String(item, "note", required: true);
            if (date is not null && note is not null)
            {
                notes.Add(new ChangeNote(date.Value, note));
            }
        }
        return [.. notes.OrderByDescending(n => n.Date)];
    }
}
