namespace Handbook.Web.ViewModels;

/// <summary>A titled list of reading rows, for the shared partial.</summary>
public sealed record ReadingRowsModel(string Heading, IReadOnlyList<ReadingRow> Items);
