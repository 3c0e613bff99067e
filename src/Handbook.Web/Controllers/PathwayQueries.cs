using Handbook.Content;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>A role with the level it expects in each skill (of both frameworks), keyed by skill slug.</summary>
public sealed record RoleWithLevels(RoleLink Link, string Summary, Prose Prose, Prose PrintProse, IReadOnlyList<string> Areas, IReadOnlyList<string> ChapterSlugs, IReadOnlyDictionary<string, string> Levels)
{
    /// <summary>What the role level is in the current framework, in a sentence; empty if the content gives none.</summary>
    public string FrameworkSummary { get; init; } = "";

    /// <summary>The grades the framework says the role is often performed at, where the content gives them, with their date.</summary>
    public GradesModel? Grades { get; init; }

    /// <summary>Its change notes, newest first, and when it last changed.</summary>
    public UpdatesModel Updates { get; init; } = UpdatesModel.None;

    /// <summary>The few items of its reading to begin with, by address, each with why.</summary>
    public IReadOnlyList<(string Url, string Why)> StartHere { get; init; } = [];

    /// <summary>The sections of the role's text, from its h2s and h3s.</summary>
    public IReadOnlyList<PageSection> Sections { get; init; } = [];

    /// <summary>How the level a skill needs changes from this role to <paramref name="other"/>; null unless both expect one.</summary>
    public LevelStep? StepTo(RoleWithLevels other, string skill) =>
        Levels.TryGetValue(skill, out var from) && other.Levels.TryGetValue(skill, out var to) ? ContentRules.Step(from, to) : null;
}

/// <summary>A skill with what each level means for it.</summary>
public sealed record SkillWithMeanings(string Title, string Slug, string Group, bool IsHandbooksChoice, IReadOnlyList<string> ChapterSlugs, IReadOnlyDictionary<string, string> Meanings)
{
    /// <summary><see cref="ContentRules.CurrentFramework"/> or <see cref="ContentRules.Pathway2017"/>.</summary>
    public string Framework { get; init; } = ContentRules.Pathway2017;

    public bool IsCurrent => Framework == ContentRules.CurrentFramework;

    public string Summary { get; init; } = "";

    /// <summary>The 2017 capabilities it takes over, in the handbook's reading.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    public string Url => SiteAddress.Skill(Slug);
}

/// <summary>
/// The queries the role, skill, reading and print pages share, each shaped for their view models
/// (so beside the controllers, not in Data/, whose queries know no view). The pathway is small (a
/// handful of roles and skills), so each is read whole in one query and shaped in memory.
/// </summary>
public sealed class PathwayQueries(HandbookDbContext db)
{
    public async Task<List<RoleWithLevels>> RolesAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking()
            .OrderBy(r => r.Order)
            .Select(r => new
            {
                r.Title, r.Slug, r.Stage, r.Summary, r.IntroHtml, r.PrintIntroHtml, r.Areas, r.ChapterSlugs, r.Headings,
                r.FrameworkSummary, r.Grades, r.GradesAsOf, r.Changes, r.LastUpdated, r.StartHere,
                Levels = r.Skills.Select(s => new { s.Skill.Slug, s.Level }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return roles.Select(r => new RoleWithLevels(
                new RoleLink(r.Title, r.Slug, ContentRules.Stages[r.Stage]), r.Summary,
                new Prose(r.IntroHtml, [.. r.Headings.Select(h => h.ToSection())]),
                new Prose(r.PrintIntroHtml, [.. r.Headings.Select(h => h.ToPrintSection())]), r.Areas, r.ChapterSlugs,
                r.Levels.ToDictionary(l => l.Slug, l => l.Level, StringComparer.Ordinal))
        {
            Sections = r.Headings.Select(h => new PageSection(h.Anchor, h.Text)).ToList(),
            FrameworkSummary = r.FrameworkSummary,
            Grades = r.Grades.Count > 0 && r.GradesAsOf is { } asOf ? new GradesModel(r.Grades, asOf) : null,
            Updates = UpdatesModel.From(r.Changes, r.LastUpdated),
            StartHere = [.. r.StartHere.Select(i => (i.Url, i.Why))],
        })
            .ToList();
    }

    public async Task<List<SkillWithMeanings>> SkillsAsync(CancellationToken cancellationToken)
    {
        var skills = await db.Skills.AsNoTracking()
            .OrderBy(s => s.Order)
            .Select(s => new
            {
                s.Title, s.Slug, s.Framework, s.Group, s.Summary, s.Replaces, s.LevelsAreHandbooksChoice, s.ChapterSlugs,
                Levels = s.Levels.Select(l => new { l.Level, l.Meaning }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return skills.Select(s => new SkillWithMeanings(s.Title, s.Slug, s.Group, s.LevelsAreHandbooksChoice, s.ChapterSlugs,
                s.Levels.ToDictionary(l => l.Level, l => l.Meaning, StringComparer.Ordinal))
        {
            Framework = s.Framework,
            Summary = s.Summary,
            Replaces = s.Replaces,
        })
            .ToList();
    }

    /// <summary>The version of the current framework the skills follow, for the source line of role and skill pages; null if the content has none.</summary>
    public Task<FrameworkSourceLine?> FrameworkAsync(CancellationToken cancellationToken) =>
        db.FrameworkSources.AsNoTracking()
            .OrderBy(f => f.Id)
            .Select(f => new FrameworkSourceLine(f.Title, f.Summary, f.Version, f.Reviewed, f.Url, f.IntroHtml))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The slug of the role that lists this one among its former slugs (its aliases), if any.</summary>
    public Task<string?> RoleSlugForAliasAsync(string alias, CancellationToken cancellationToken) =>
        db.Roles.AsNoTracking().Where(r => r.Aliases.Contains(alias)).Select(r => r.Slug).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The slug of the skill that lists this one among its former slugs (its aliases), if any.</summary>
    public Task<string?> SkillSlugForAliasAsync(string alias, CancellationToken cancellationToken) =>
        db.Skills.AsNoTracking().Where(s => s.Aliases.Contains(alias)).Select(s => s.Slug).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Each 2017 capability the role expects a level in, with what that level means for that capability.</summary>
    public static List<SkillExpectationRow> Expectations(RoleWithLevels role, IEnumerable<SkillWithMeanings> skills) =>
        skills.Where(s => !s.IsCurrent && role.Levels.ContainsKey(s.Slug))
            .Select(s => new SkillExpectationRow(s.Title, s.Slug, s.Group, role.Levels[s.Slug], s.Meanings.GetValueOrDefault(role.Levels[s.Slug], ""), s.IsHandbooksChoice))
            .ToList();

    /// <summary>Links to the chapters with these slugs, in the order given; unknown slugs are left out.</summary>
    public async Task<List<ChapterLinkModel>> ChaptersAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var found = await db.Pages.AsNoTracking()
            .Where(p => slugs.Contains(p.Slug))
            .Select(p => new ChapterLinkModel(p.Part.Order, p.Order, p.Title, p.Slug, p.Summary))
            .ToListAsync(cancellationToken);
        var bySlug = found.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        return slugs.Distinct().Where(bySlug.ContainsKey).Select(s => bySlug[s]).ToList();
    }

    /// <summary>The reading and training items of the given chapters, in reading order, each link once.</summary>
    public async Task<List<ReadingRow>> ReadingAsync(IReadOnlyCollection<string> chapterSlugs, CancellationToken cancellationToken)
    {
        var rows = await ReadingRows(db.ReadingItems.Where(r => chapterSlugs.Contains(r.Page.Slug))).ToListAsync(cancellationToken);
        return rows.DistinctBy(r => r.Url).ToList();
    }

    /// <summary>Every reading and training item, optionally only those of some chapters or of one kind.</summary>
    public Task<List<ReadingRow>> AllReadingAsync(IReadOnlyCollection<string>? chapterSlugs, string? kind, CancellationToken cancellationToken)
    {
        var items = db.ReadingItems.AsQueryable();
        if (chapterSlugs is not null)
        {
            items = items.Where(r => chapterSlugs.Contains(r.Page.Slug));
        }
        if (kind is not null)
        {
            items = items.Where(r => r.Kind == kind);
        }
        return ReadingRows(items).ToListAsync(cancellationToken);
    }

    /// <summary>The slugs of the chapters for a role: those its file lists and those tagged with it.</summary>
    public async Task<List<string>> ChapterSlugsForRoleAsync(RoleWithLevels role, CancellationToken cancellationToken)
    {
        var slug = role.Link.Slug;
        var tagged = await db.Pages.AsNoTracking()
            .Where(p => p.Roles.Contains(slug))
            .OrderBy(p => p.Sequence)
            .Select(p => p.Slug)
            .ToListAsync(cancellationToken);
        return role.ChapterSlugs.Concat(tagged).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IQueryable<ReadingRow> ReadingRows(IQueryable<ReadingItem> items) => items.AsNoTracking()
        .OrderBy(r => r.Page.Sequence).ThenBy(r => r.Position)
        .Select(r => new ReadingRow(r.Title, r.Author, r.Url, r.Kind, r.List.ToString(), r.IsDead,
            new ChapterLinkModel(r.Page.Part.Order, r.Page.Order, r.Page.Title, r.Page.Slug, r.Page.Summary)));
}
