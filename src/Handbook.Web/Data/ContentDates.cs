using Handbook.Content;

namespace Handbook.Web.Data;

/// <summary>
/// When a file says its text last changed: the latest of its <c>updated:</c> date and its change
/// notes. Dates from the content stay put across deployments, where the moment a store first saw a
/// file would re-date the whole handbook with every fresh database; a file that gives none has none.
/// </summary>
internal static class ContentDates
{
    public static DateOnly? Latest(DateOnly? updated, IReadOnlyList<ChangeNote> changes) =>
        changes.Select(c => (DateOnly?)c.Date).Append(updated).Max();
}
