namespace Handbook.Web.Data;

/// <summary>The glossary, from <c>glossary.md</c>: one row, or none, with its terms as JSON in the row.</summary>
public sealed class Glossary
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string IntroHtml { get; set; }
    public List<GlossaryTerm> Terms { get; set; } = [];
    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }
}

/// <summary>A term, the other words for it, what it means, and the chapter, role or skill (and heading) that explains it.</summary>
public sealed class GlossaryTerm
{
    public required string Term { get; set; }
    public required string Anchor { get; set; }
    public List<string> Also { get; set; } = [];
    public required string Means { get; set; }

    /// <summary><see cref="Handbook.Content.GlossaryTargetKind"/>'s name: Chapter, Role or Skill.</summary>
    public required string SeeKind { get; set; }

    public required string SeeSlug { get; set; }
    public string? SeeAnchor { get; set; }
}
