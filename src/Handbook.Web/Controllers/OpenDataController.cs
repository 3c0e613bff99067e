using System.Globalization;
using System.Text;
using System.Text.Json;
using Handbook.Content;
using Handbook.Web.Caching;
using Handbook.Web.Http;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

/// <summary>
/// Every role's level in every skill, one row each, as CSV and JSON: the current framework's and the
/// 2017 pathway's, labelled, with what each level means in the handbook's words. It is what people
/// building job adverts or spreadsheets ask for, as the framework's own downloads offer.
/// </summary>
[CachedPage]
public sealed class OpenDataController(PathwayQueries pathway, PublicAddress address) : Controller
{
    private static readonly string[] Header = ["framework", "role", "role_slug", "skill", "skill_slug", "level", "what_the_level_means", "page"];

    [HttpGet("/roles/levels.csv")]
    public async Task<IActionResult> LevelsCsv(CancellationToken cancellationToken)
    {
        var csv = new StringBuilder();
        CsvLines.Line(csv, Header);
        foreach (var row in await RowsAsync(cancellationToken))
        {
            CsvLines.Line(csv, [row.Framework, row.Role, row.RoleSlug, row.Skill, row.SkillSlug, row.Level, row.WhatTheLevelMeans, row.Page]);
        }
        Response.Headers.ContentDisposition = "attachment; filename=\"product-manager-levels.csv\"";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8");
    }

    [HttpGet("/roles/levels.json")]
    public async Task<IActionResult> LevelsJson(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(cancellationToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(rows, LevelRowJson.Default.ListLevelRow);
        return File(json, "application/json; charset=utf-8");
    }

    private async Task<List<LevelRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var roles = await pathway.RolesAsync(cancellationToken);
        var skills = await pathway.SkillsAsync(cancellationToken);
        var source = await pathway.FrameworkAsync(cancellationToken);
        var current = source is null
            ? "Government Digital and Data Profession Capability Framework"
            : $"{source.Title} ({source.Version.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})";
        // The current framework's rows first, then the 2017 pathway's; within each, role by role in pathway order.
        return [.. skills.OrderBy(s => s.IsCurrent ? 0 : 1)
            .GroupBy(s => s.IsCurrent)
            .SelectMany(framework => roles.SelectMany(role => framework
                .Where(s => role.Levels.ContainsKey(s.Slug))
                .Select(s => new LevelRow(
                    s.IsCurrent ? current : "2017 product manager pathway (history)",
                    role.Link.Title, role.Link.Slug, s.Title, s.Slug, role.Levels[s.Slug],
                    s.Meanings.GetValueOrDefault(role.Levels[s.Slug], ""), address.Root + SiteAddress.Skill(s.Slug)))))];
    }
}

/// <summary>One role's level in one skill, as the open data gives it.</summary>
public sealed record LevelRow(string Framework, string Role, string RoleSlug, string Skill, string SkillSlug, string Level, string WhatTheLevelMeans, string Page);

[System.Text.Json.Serialization.JsonSerializable(typeof(List<LevelRow>))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
internal sealed partial class LevelRowJson : System.Text.Json.Serialization.JsonSerializerContext;
