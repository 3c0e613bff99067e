using System.Globalization;
using System.Text;
using Handbook.Content;
using Handbook.Web.Assessment;
using Handbook.Web.Data;
using Handbook.Web.Http;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>
/// "Where do I stand?": a reader's own levels in the current framework's skills against a role, the
/// next role and any other. The answers are the address's query and nothing else: the page is not
/// kept in the page cache, and nothing of it is stored, logged or put in a cookie.
/// </summary>
public sealed class AssessController(PathwayQueries pathway, HandbookDbContext db, TimeProvider time, PublicAddress publicAddress) : Controller
{
    /// <summary>How many readings each gap shows.</summary>
    private const int ReadingPerGap = 3;

    [HttpGet("/roles/{slug}/assess")]
    public async Task<IActionResult> Assess(string slug, string? against, CancellationToken cancellationToken)
    {
        // The form sends "against=" for "No other role".
        against = string.IsNullOrEmpty(against) ? null : against;
        var context = await ReadAsync(slug, against, cancellationToken);
        if (context is null)
        {
            return await RedirectFromAliasAsync(slug, SiteAddress.Assess, cancellationToken);
        }
        var (role, roles, skills, answers, other) = context.Value;
        var index = roles.IndexOf(role);
        var next = index + 1 < roles.Count ? roles[index + 1] : null;
        var errors = answers.Unknown
            .Select(u => new FieldError(u.Key, $"Choose a level for {skills.Single(s => s.Slug == u.Key).Title}: '{u.Value}' is not one of awareness, working, practitioner or expert", u.Key + "-awareness"))
            .ToList();
        if (against is not null && other is null)
        {
            errors.Add(new FieldError("against", "Choose a role to compare with from the list", "against"));
        }
        var questions = skills.Select(s => new AssessQuestion(s.Slug, s.Title, role.Levels.GetValueOrDefault(s.Slug, ""),
                answers.Levels.GetValueOrDefault(s.Slug), errors.Find(e => e.Field == s.Slug)?.Message,
                [.. ContentRules.Levels.Select(l => new LevelMeaning(l, s.Meanings.GetValueOrDefault(l, "")))]))
            .ToList();
        var query = answers.ToQuery(skills.Select(s => s.Slug), other?.Link.Slug);
        var result = answers.Any ? await ResultAsync(role, next, other, skills, answers, SiteAddress.AssessCsv(role.Link.Slug) + query, cancellationToken) : null;

        Response.Headers.CacheControl = "no-store";
        return View(new AssessViewModel(
            new PageMeta($"Assess yourself against the {role.Link.Title} role",
                $"Choose your level in each skill of the current framework and see where you stand against {role.Link.WithArticle} and the next role, with what helps close each gap.")
            {
                // The canonical address is the empty form: a result is the reader's, not a page to index.
                Path = SiteAddress.Assess(role.Link.Slug),
                NoIndex = answers.Any,
                PrintedAddress = publicAddress.Root + SiteAddress.Assess(role.Link.Slug) + query,
            },
            role.Link,
            [.. roles.Select(r => r.Link)],
            questions,
            result,
            errors,
            await pathway.FrameworkAsync(cancellationToken),
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            publicAddress.Root + SiteAddress.Assess(role.Link.Slug) + query,
            other?.Link.Slug));
    }

    /// <summary>The result as CSV: skill, your level, the role's level, the next role's level.</summary>
    [HttpGet("/roles/{slug}/assess.csv")]
    public async Task<IActionResult> Csv(string slug, CancellationToken cancellationToken)
    {
        var context = await ReadAsync(slug, null, cancellationToken);
        if (context is null)
        {
            return await RedirectFromAliasAsync(slug, SiteAddress.AssessCsv, cancellationToken);
        }
        var (role, roles, skills, answers, _) = context.Value;
        var index = roles.IndexOf(role);
        var next = index + 1 < roles.Count ? roles[index + 1] : null;
        var csv = new StringBuilder();
        CsvLines.Line(csv, ["skill", "your_level", $"{role.Link.Title} level", next is null ? "next role level" : $"{next.Link.Title} level"]);
        foreach (var skill in skills)
        {
            CsvLines.Line(csv, [skill.Title, answers.Levels.GetValueOrDefault(skill.Slug, ""), role.Levels.GetValueOrDefault(skill.Slug, ""),
                next?.Levels.GetValueOrDefault(skill.Slug, "") ?? ""]);
        }
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{role.Link.Slug}-self-assessment.csv\"";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8");
    }

    private async Task<(RoleWithLevels Role, List<RoleWithLevels> Roles, List<SkillWithMeanings> Skills, Answers Answers, RoleWithLevels? Other)?> ReadAsync(
        string slug, string? against, CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var role = roles.Find(r => r.Link.Slug == slug);
        var skills = (await pathway.SkillsAsync(cancellationToken)).Where(s => s.IsCurrent).ToList();
        if (role is null || skills.Count == 0)
        {
            return null;
        }
        var answers = Answers.Read(skills.Select(s => s.Slug), key => Request.Query[key].FirstOrDefault());
        var other = against is null || against == slug ? null : roles.Find(r => r.Link.Slug == against);
        return (role, roles, skills, answers, other);
    }

    private async Task<IActionResult> RedirectFromAliasAsync(string slug, Func<string, string> address, CancellationToken cancellationToken) =>
        await pathway.RoleSlugForAliasAsync(slug, cancellationToken) is { } current
            ? RedirectPermanent(address(current) + Request.QueryString)
            : NotFound();

    private async Task<AssessResult> ResultAsync(RoleWithLevels role, RoleWithLevels? next, RoleWithLevels? other, List<SkillWithMeanings> skills,
        Answers answers, string csvUrl, CancellationToken cancellationToken)
    {
        static RoleLevelStanding? Versus(RoleWithLevels? target, string skill, string level) =>
            target?.Levels.GetValueOrDefault(skill) is { } expected ? new RoleLevelStanding(expected, Answers.Against(level, expected)) : null;
        List<RoleWithLevels> columns = [role, .. next is null ? [] : new[] { next }, .. other is null ? [] : new[] { other }];
        var rows = skills.Where(s => answers.Levels.ContainsKey(s.Slug))
            .Select(s => new AssessRow(s.Title, s.Slug, answers.Levels[s.Slug], [.. columns.Select(c => Versus(c, s.Slug, answers.Levels[s.Slug]))]))
            .ToList();
        Tally Count(RoleWithLevels target)
        {
            var column = columns.IndexOf(target);
            return new(target.Link, rows.Count(r => r.Versus[column]?.Standing == Standing.Below),
                rows.Count(r => r.Versus[column]?.Standing == Standing.At), rows.Count(r => r.Versus[column]?.Standing == Standing.Above));
        }
        RoleLevelStanding? OfRole(AssessRow row) => row.Versus[0];
        RoleLevelStanding? OfNext(AssessRow row) => next is null ? null : row.Versus[1];

        // What helps: for each skill below the role's level, or at it but below the next role's.
        var gapRows = rows.Where(r => OfRole(r)?.Standing == Standing.Below || OfNext(r)?.Standing == Standing.Below).ToList();
        var gapSlugs = gapRows.Select(r => r.Slug).ToList();
        var advice = (await db.Skills.AsNoTracking().Where(s => gapSlugs.Contains(s.Slug)).Select(s => new { s.Slug, s.Headings }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Slug, s => s.Headings.FirstOrDefault(h => h.Anchor == "how-to-grow-it")?.Html ?? "", StringComparer.Ordinal);
        var gaps = new List<AssessGap>();
        foreach (var row in gapRows)
        {
            var skill = skills.Single(s => s.Slug == row.Slug);
            var (needed, target) = OfRole(row)?.Standing == Standing.Below ? (OfRole(row)!.Level, role) : (OfNext(row)!.Level, next!);
            gaps.Add(new AssessGap(row.Skill, row.Slug, row.Level, needed, target.Link, advice.GetValueOrDefault(row.Slug, ""),
                await pathway.ChaptersAsync(skill.ChapterSlugs, cancellationToken),
                [.. (await pathway.ReadingAsync(skill.ChapterSlugs, cancellationToken)).Take(ReadingPerGap)]));
        }
        return new AssessResult(
            [.. columns.Select(c => c.Link)],
            rows,
            Count(role),
            next is null ? null : Count(next),
            other is null ? null : Count(other),
            [.. skills.Where(s => !answers.Levels.ContainsKey(s.Slug) && !answers.Unknown.ContainsKey(s.Slug)).Select(s => new SkillLinkModel(s.Title, s.Slug))],
            gaps,
            csvUrl);
    }
}
