using Handbook.Content;

namespace Handbook.Web.ViewModels;

/// <summary>A list of reading under its heading; with <see cref="ByKind"/>, grouped under a heading for each kind (books, articles…).</summary>
public sealed record ReadingRowsModel(string Heading, IReadOnlyList<ReadingRow> Items)
{
    public bool ByKind { get; init; }

    /// <summary>The items by kind, in the order the content rules list the kinds.</summary>
    public IEnumerable<(string Heading, List<ReadingRow> Items)> Kinds =>
        Items.GroupBy(i => i.Kind)
            .OrderBy(g => ContentRules.ReadingKinds.TakeWhile(k => k != g.Key).Count())
            .Select(g => (KindHeading(g.Key), g.ToList()));

    private static string KindHeading(string kind) => kind switch
    {
        "blog" => "Blog posts",
        "community" => "Communities",
        _ => char.ToUpperInvariant(kind[0]) + kind[1..] + "s",
    };
}
