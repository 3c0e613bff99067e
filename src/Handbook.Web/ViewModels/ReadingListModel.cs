using Handbook.Content;

namespace Handbook.Web.ViewModels;

/// <summary>One list (reading or training) of a chapter, for the shared partial, under its section heading.</summary>
public sealed record ReadingListModel(SectionHeadingModel Heading, IReadOnlyList<ReadingEntry> Items);
