using Handbook.Content;

namespace Handbook.Web.ViewModels;

/// <summary>One list (reading or training) of a chapter, for the shared partial.</summary>
public sealed record ReadingListModel(string Id, string Heading, IReadOnlyList<ReadingEntry> Items);
