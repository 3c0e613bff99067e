using Handbook.Content;

namespace Handbook.Web.Data;

/// <summary>A role on the career pathway, as last imported from <c>content/roles/</c>.</summary>
public sealed class Role
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    public required string Stage { get; set; }
    public required string Summary { get; set; }

    /// <summary>The role's HTML before its first h2 or h3; each heading holds the HTML under it.</summary>
    public required string IntroHtml { get; set; }

    /// <summary>The role's HTML before its first heading for its printable pack; each heading holds its own.</summary>
    public string PrintIntroHtml { get; set; } = "";

    public List<string> Areas { get; set; } = [];

    /// <summary>What the role level is in the current framework, in a sentence; empty if the file gives none.</summary>
    public string FrameworkSummary { get; set; } = "";

    /// <summary>The Civil Service grades the framework says the role is often performed at, only where the content gives them.</summary>
    public List<string> Grades { get; set; } = [];

    /// <summary>The date of the framework page the grades come from.</summary>
    public DateOnly? GradesAsOf { get; set; }

    /// <summary>Its <c>changes:</c> notes, newest first, stored as JSON in its row.</summary>
    public List<StoredChange> Changes { get; set; } = [];

    /// <summary>The few items of its chapters' reading to begin with, each with why, as JSON in its row.</summary>
    public List<StoredStartHere> StartHere { get; set; } = [];

    /// <summary>The slugs of the handbook's chapters for this role, in the order the role file lists them.</summary>
    public List<string> ChapterSlugs { get; set; } = [];

    /// <summary>Former slugs: <c>/roles/&lt;alias&gt;</c> answers with a permanent redirect to the role.</summary>
    public List<string> Aliases { get; set; } = [];

    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>The day its latest change note gives (<see cref="ContentDates"/>); null when it has none.</summary>
    public DateOnly? LastUpdated { get; set; }
    public List<RoleSkill> Skills { get; set; } = [];

    /// <summary>The h2s and h3s of the role's text, stored as JSON in the role's row.</summary>
    public List<StoredHeading> Headings { get; set; } = [];
}

/// <summary>A skill, as last imported from <c>content/skills/</c>.</summary>
public sealed class Skill
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Order { get; set; }
    /// <summary><see cref="ContentRules.CurrentFramework"/> for a skill of the current framework, <see cref="ContentRules.Pathway2017"/> for a 2017 capability.</summary>
    public required string Framework { get; set; }

    /// <summary>A 2017 capability's group (critical or desired); empty for a current skill.</summary>
    public required string Group { get; set; }

    public required string Summary { get; set; }

    /// <summary>The other roles in government the framework says need the skill.</summary>
    public List<string> AlsoNeededBy { get; set; } = [];

    /// <summary>The slugs of the 2017 capabilities it takes over, in the handbook's reading.</summary>
    public List<string> Replaces { get; set; } = [];

    /// <summary>Its <c>changes:</c> notes, newest first, stored as JSON in its row.</summary>
    public List<StoredChange> Changes { get; set; } = [];

    /// <summary>The skill's HTML before its first h2 or h3; each heading holds the HTML under it.</summary>
    public required string IntroHtml { get; set; }

    /// <summary>The h2s and h3s of the skill's text, stored as JSON in the skill's row.</summary>
    public List<StoredHeading> Headings { get; set; } = [];

    /// <summary>True where the levels roles expect are the handbook's own choice rather than the 2017 pathway's.</summary>
    public bool LevelsAreHandbooksChoice { get; set; }

    public List<string> ChapterSlugs { get; set; } = [];

    /// <summary>Former slugs: <c>/skills/&lt;alias&gt;</c> answers with a permanent redirect to the skill.</summary>
    public List<string> Aliases { get; set; } = [];

    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>The day its latest change note gives (<see cref="ContentDates"/>); null when it has none.</summary>
    public DateOnly? LastUpdated { get; set; }
    public List<SkillLevel> Levels { get; set; } = [];
}

/// <summary>What one level of mastery means for one skill.</summary>
public sealed class SkillLevel
{
    public int Id { get; set; }
    public int SkillId { get; set; }
    public required string Level { get; set; }
    public required string Meaning { get; set; }
}

/// <summary>The level of mastery a role expects in a skill.</summary>
public sealed class RoleSkill
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public int SkillId { get; set; }
    public Skill Skill { get; set; } = null!;
    public required string Level { get; set; }
}

/// <summary>The version of the current capability framework the handbook follows, from <c>skills/_framework.md</c>: one row, or none.</summary>
public sealed class FrameworkSource
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }

    /// <summary>The date the framework's product manager page gives for the version followed.</summary>
    public DateOnly Version { get; set; }

    /// <summary>The day the handbook last checked its pages against the framework.</summary>
    public DateOnly Reviewed { get; set; }

    public required string Url { get; set; }
    public required string IntroHtml { get; set; }
    public required string SourcePath { get; set; }
    public required string ContentHash { get; set; }
}

/// <summary>One dated line of a chapter's, role's or skill's history, from its <c>changes:</c> list.</summary>
public sealed class StoredChange
{
    public DateOnly Date { get; set; }
    public required string Note { get; set; }
}

/// <summary>An item of a role's "Start here" reading: the address of one of its chapters' items, and why to begin with it.</summary>
public sealed class StoredStartHere
{
    public required string Url { get; set; }
    public required string Why { get; set; }
}
