using Handbook.Content;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

/// <summary>
/// The roles-and-skills half of the sync: the same rules as for chapters (unchanged files are not
/// rewritten, a file with errors keeps its last good version), run inside the importer's transaction.
/// </summary>
internal sealed class PathwayImporter(HandbookDbContext db)
{
    public async Task ImportAsync(ContentSet content, List<DocumentChange> changes, CancellationToken cancellationToken)
    {
        var before = changes.Count;
        await SyncSkillsAsync(content, changes, cancellationToken);
        var skillSetChanged = changes.Skip(before).Any(c => c.Kind != ChangeKind.Updated);
        await SyncRolesAsync(content, skillSetChanged, changes, cancellationToken);
        await SyncFrameworkAsync(content, cancellationToken);
    }

    /// <summary>Keeps the one row that says which version of the framework the skills follow; a file with errors keeps the last good one.</summary>
    private async Task SyncFrameworkAsync(ContentSet content, CancellationToken cancellationToken)
    {
        var stored = await db.FrameworkSources.ToListAsync(cancellationToken);
        if (content.Framework is not { } framework)
        {
            db.FrameworkSources.RemoveRange(stored.Where(s => !content.FailedPaths.Contains(s.SourcePath)));
        }
        else if (stored.FirstOrDefault() is not { } row || row.ContentHash != framework.Hash || row.SourcePath != framework.Path)
        {
            db.FrameworkSources.RemoveRange(stored);
            db.FrameworkSources.Add(new FrameworkSource
            {
                Title = framework.Title, Summary = framework.Summary, Version = framework.Version, Reviewed = framework.Reviewed,
                Url = framework.Url, IntroHtml = framework.IntroHtml, SourcePath = framework.Path, ContentHash = framework.Hash,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SyncSkillsAsync(ContentSet content, List<DocumentChange> changes, CancellationToken cancellationToken)
    {
        var existing = await db.Skills.AsNoTracking()
            .Select(s => new Stored(s.Id, s.Slug, s.Title, s.Summary, s.SourcePath, s.ContentHash))
            .ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var document in content.Skills)
        {
            Skill skill;
            if (existing.TryGetValue(document.Slug, out var stored))
            {
                if (stored.ContentHash == document.Hash && stored.SourcePath == document.Path)
                {
                    continue;
                }
                await db.SkillLevels.Where(l => l.SkillId == stored.Id).ExecuteDeleteAsync(cancellationToken);
                skill = await db.Skills.SingleAsync(s => s.Id == stored.Id, cancellationToken);
                changes.Add(new DocumentChange(ChangeKind.Updated, SiteAddress.Skill(document.Slug), document.Title, document.Summary, document.Sections));
            }
            else
            {
                skill = new Skill { Slug = document.Slug, Title = "", Framework = "", Group = "", Summary = "", IntroHtml = "", SourcePath = "", ContentHash = "" };
                db.Skills.Add(skill);
                changes.Add(new DocumentChange(ChangeKind.Added, SiteAddress.Skill(document.Slug), document.Title, document.Summary, document.Sections));
            }
            skill.LastUpdated = ContentDates.Latest(null, document.Changes);
            skill.Title = document.Title;
            skill.Order = document.Order;
            skill.Framework = document.Framework;
            skill.Group = document.Group;
            skill.AlsoNeededBy = [.. document.AlsoNeededBy];
            skill.Replaces = [.. document.Replaces.Select(r => r.Slug)];
            skill.Changes = StoredChanges(document.Changes);
            skill.Summary = document.Summary;
            skill.IntroHtml = document.Prose.Intro;
            skill.Headings = StoredHeading.From(document.Headings, document.Prose, print: null);
            skill.LevelsAreHandbooksChoice = document.LevelsAreHandbooksChoice;
            skill.ChapterSlugs = [.. document.Chapters.Select(c => c.Slug)];
            skill.Aliases = [.. document.Aliases.Select(a => a.Slug)];
            skill.SourcePath = document.Path;
            skill.ContentHash = document.Hash;
            skill.Levels = document.Levels.Select(l => new SkillLevel { Level = l.Key, Meaning = l.Value }).ToList();
        }
        await db.SaveChangesAsync(cancellationToken);

        var current = content.Skills.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var stale = existing.Values.Where(s => !current.Contains(s.Slug) && !content.FailedPaths.Contains(s.SourcePath)).ToList();
        if (stale.Count > 0)
        {
            var staleIds = stale.Select(s => s.Id).ToList();
            await db.Skills.Where(s => staleIds.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        changes.AddRange(stale.Select(s => new DocumentChange(ChangeKind.Removed, SiteAddress.Skill(s.Slug), s.Title, s.Summary, [])));
    }

    private async Task SyncRolesAsync(ContentSet content, bool skillSetChanged, List<DocumentChange> changes, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.AsNoTracking()
            .Select(r => new Stored(r.Id, r.Slug, r.Title, r.Summary, r.SourcePath, r.ContentHash))
            .ToDictionaryAsync(r => r.Slug, StringComparer.Ordinal, cancellationToken);
        var skillIds = await db.Skills.Select(s => new { s.Slug, s.Id }).ToDictionaryAsync(s => s.Slug, s => s.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var document in content.Roles)
        {
            Role role;
            if (existing.TryGetValue(document.Slug, out var stored))
            {
                // A role's expectations point at skill rows, so they are rebuilt when skills come or go.
                if (stored.ContentHash == document.Hash && stored.SourcePath == document.Path && !skillSetChanged)
                {
                    continue;
                }
                await db.RoleSkills.Where(s => s.RoleId == stored.Id).ExecuteDeleteAsync(cancellationToken);
                role = await db.Roles.SingleAsync(r => r.Id == stored.Id, cancellationToken);
                if (stored.ContentHash != document.Hash || stored.SourcePath != document.Path)
                {
                    changes.Add(new DocumentChange(ChangeKind.Updated, SiteAddress.Role(document.Slug), document.Title, document.Summary, document.Sections));
                }
            }
            else
            {
                role = new Role { Slug = document.Slug, Title = "", Stage = "", Summary = "", IntroHtml = "", SourcePath = "", ContentHash = "" };
                db.Roles.Add(role);
                changes.Add(new DocumentChange(ChangeKind.Added, SiteAddress.Role(document.Slug), document.Title, document.Summary, document.Sections));
            }
            role.LastUpdated = ContentDates.Latest(null, document.Changes);
            role.Title = document.Title;
            role.Order = document.Order;
            role.Stage = document.Stage;
            role.Summary = document.Summary;
            role.IntroHtml = document.Prose.Intro;
            role.Areas = [.. document.Areas];
            role.FrameworkSummary = document.FrameworkSummary ?? "";
            role.Grades = [.. document.Grades];
            role.GradesAsOf = document.GradesAsOf;
            role.Changes = StoredChanges(document.Changes);
            role.StartHere = [.. document.StartHere.Select(i => new StoredStartHere { Url = i.Url, Why = i.Why })];
            role.ChapterSlugs = [.. document.Chapters.Select(c => c.Slug)];
            role.Aliases = [.. document.Aliases.Select(a => a.Slug)];
            role.PrintIntroHtml = document.Print.Intro;
            role.Headings = StoredHeading.From(document.Headings, document.Prose, document.Print);
            role.SourcePath = document.Path;
            role.ContentHash = document.Hash;
            role.Skills = document.Skills.Concat(document.FrameworkSkills)
                .Where(s => skillIds.ContainsKey(s.Skill))
                .Select(s => new RoleSkill { SkillId = skillIds[s.Skill], Level = s.Level })
                .ToList();
        }
        await db.SaveChangesAsync(cancellationToken);

        var current = content.Roles.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
        var stale = existing.Values.Where(r => !current.Contains(r.Slug) && !content.FailedPaths.Contains(r.SourcePath)).ToList();
        if (stale.Count > 0)
        {
            var staleIds = stale.Select(r => r.Id).ToList();
            await db.Roles.Where(r => staleIds.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        changes.AddRange(stale.Select(r => new DocumentChange(ChangeKind.Removed, SiteAddress.Role(r.Slug), r.Title, r.Summary, [])));
    }

    /// <summary>
    /// What tells whether a stored role or skill changed, and what its removal reports: read for all of
    /// them on every sync, so not the whole row (a role's HTML and headings are most of the store).
    /// </summary>
    private sealed record Stored(int Id, string Slug, string Title, string Summary, string SourcePath, string ContentHash);

    public static List<StoredChange> StoredChanges(IReadOnlyList<ChangeNote> notes) =>
        [.. notes.Select(n => new StoredChange { Date = n.Date, Note = n.Note })];
}
