using Handbook.Web.Commands;
using System.Net;
using AngleSharp.Dom;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Handbook.Web.Tests;

/// <summary>
/// The repository's real content/, served by the real app, checked against the facts of the source
/// handbook kept in RepositoryContent/. Each check gathers every problem before failing, so one run
/// lists them all.
/// </summary>
public sealed class RepositoryContent(RepositoryContentApp app) : IClassFixture<RepositoryContentApp>
{
    private static readonly IReadOnlyList<OriginalPage> Pages = SourceFacts.OriginalPages();

    [Fact]
    public async Task Contents_lists_the_five_source_parts_and_every_section_by_number_with_its_source_title()
    {
        var contents = await app.Client.GetDocumentAsync("/contents");

        var sourceParts = Pages.Select(p => p.Part).Distinct().Select((title, i) => $"{i + 1}. {title}").ToList();
        var parts = contents.QuerySelectorAll("main h2").Select(h => h.Text()).ToList();
        Assert.Equal(5, sourceParts.Count);
        Assert.Equal(sourceParts.Count, parts.Count);
        Assert.All(sourceParts.Zip(parts), p => Assert.True(TitlesMatch(p.First, p.Second), $"Part '{p.Second}' is not the source's '{p.First}'"));

        var chapters = Chapters(contents);
        Assert.Equal(Pages.Select(p => p.Number), chapters.Select(c => c.Number));
        var wrongTitles = Pages.Zip(chapters)
            .Where(p => !TitlesMatch(p.First.Title, p.Second.Title))
            .Select(p => $"{p.First.Number}: '{p.Second.Title}' is not the source's '{p.First.Title}'");
        AssertNone(wrongTitles.ToList());
    }

    [Fact]
    public async Task Every_section_in_the_contents_links_to_a_page_that_serves_it_under_its_number()
    {
        var chapters = Chapters(await app.Client.GetDocumentAsync("/contents"));

        var problems = new List<string>();
        foreach (var chapter in chapters)
        {
            using var response = await app.Client.GetAsync(chapter.Url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{chapter.Number} {chapter.Url} answered {(int)response.StatusCode}");
                continue;
            }
            var h1 = (await Html.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("h1")?.Text();
            if (h1 != $"{chapter.Number} {chapter.Title}")
            {
                problems.Add($"{chapter.Number} {chapter.Url} has the heading '{h1}'");
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public async Task Every_original_site_address_redirects_permanently_to_the_chapter_with_its_section_number()
    {
        var urlByNumber = Chapters(await app.Client.GetDocumentAsync("/contents")).ToDictionary(c => c.Number, c => c.Url);
        var client = app.CreateClient(allowAutoRedirect: false);

        var problems = new List<string>();
        foreach (var page in Pages)
        {
            foreach (var address in new[] { $"/product-management-handbook/{page.Address}", $"/product-management-handbook/{page.Address}.html" })
            {
                using var response = await client.GetAsync(address);
                var location = response.Headers.Location?.OriginalString;
                if (response.StatusCode != HttpStatusCode.MovedPermanently || location != urlByNumber[page.Number])
                {
                    problems.Add($"{address} ({page.Number}) answered {(int)response.StatusCode} {location}, not 301 {urlByNumber[page.Number]}");
                }
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public async Task Every_role_page_keeps_the_ten_skills_of_the_2017_pathway_with_the_source_level_and_what_that_level_means()
    {
        var expected = SourceFacts.RoleSkillLevels();
        Assert.Equal(10, expected.Count);
        var meanings = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var skill in expected)
        {
            var page = await app.Client.GetDocumentAsync($"/skills/{skill.Skill}");
            meanings[skill.Skill] = page.QuerySelectorAll(".govuk-summary-list__row")
                .ToDictionary(r => r.QuerySelector("dt")!.Text().ToLowerInvariant(), r => r.QuerySelector("dd")!.Text(), StringComparer.Ordinal);
        }

        var problems = new List<string>();
        foreach (var role in Handbooks.RoleSlugs)
        {
            var page = await app.Client.GetDocumentAsync($"/roles/{role}");
            var rows = page.QuerySelectorAll("table:has(#pathway-skills-caption) tbody tr")
                .Select(r => (
                    Skill: r.QuerySelector("th a")!.GetAttribute("href")!.Replace("/skills/", "", StringComparison.Ordinal),
                    Level: r.QuerySelector(".hb-level")!.Text(),
                    HandbooksChoice: r.Children[1].Text().Contains("The handbook's choice", StringComparison.Ordinal),
                    Meaning: r.Children[2].Text()))
                .ToList();
            if (rows.Count != expected.Count)
            {
                problems.Add($"{role}: {rows.Count} skills listed ({string.Join(", ", rows.Select(r => r.Skill))}), not {expected.Count}");
            }
            foreach (var skill in expected)
            {
                var level = skill.LevelByRole[role];
                var row = rows.FirstOrDefault(r => r.Skill == skill.Skill);
                if (row.Skill is null)
                {
                    problems.Add($"{role}: {skill.Skill} is missing");
                }
                else if (row.Level != level)
                {
                    problems.Add($"{role}: {skill.Skill} is {row.Level}, not {level}");
                }
                else if (row.Meaning.Length == 0 || row.Meaning != meanings[skill.Skill].GetValueOrDefault(level))
                {
                    problems.Add($"{role}: {skill.Skill} says '{row.Meaning}', not what {level} means for it");
                }
                else if (row.HandbooksChoice != (skill.LevelsSource == "handbook"))
                {
                    problems.Add($"{role}: {skill.Skill} is {(row.HandbooksChoice ? "" : "not ")}marked as the handbook's choice");
                }
            }
        }
        AssertNone(problems);
    }

    [Fact]
    public async Task Every_role_page_leads_with_the_nine_current_framework_skills_at_the_level_the_framework_gives()
    {
        var expected = SourceFacts.FrameworkLevels();
        Assert.Equal(9, expected.Count);
        var problems = new List<string>();
        foreach (var role in Handbooks.RoleSlugs)
        {
            var page = await app.Client.GetDocumentAsync($"/roles/{role}");
            var title = page.QuerySelector("h1")!.Text().Trim().ToLowerInvariant();
            var rows = page.QuerySelectorAll(".hb-skill-level")
                .ToDictionary(r => r.QuerySelector("h3 a")!.Text().Trim().ToLowerInvariant(),
                    r => (Level: r.QuerySelector(".hb-level")!.Text(), Meaning: r.QuerySelector(".hb-skill-level__meaning")!.Text().Trim()), StringComparer.Ordinal);
            if (rows.Count != 9)
            {
                problems.Add($"{role}: {rows.Count} current skills listed, not 9");
            }
            foreach (var (skill, levelByRole) in expected)
            {
                if (!rows.TryGetValue(skill.ToLowerInvariant(), out var row))
                {
                    problems.Add($"{role}: {skill} is missing");
                }
                else if (row.Level != levelByRole[title])
                {
                    problems.Add($"{role}: {skill} is {row.Level}, not {levelByRole[title]}");
                }
                else if (row.Meaning.Length == 0)
                {
                    problems.Add($"{role}: {skill} does not say what {row.Level} means");
                }
            }
            var source = page.QuerySelector(".hb-source-line");
            if (source is null || !source.Text().Contains("28 February 2025", StringComparison.Ordinal)
                || source.QuerySelector("a")?.GetAttribute("href") != "https://ddat-capability-framework.service.gov.uk/product-manager.html")
            {
                problems.Add($"{role}: no source line naming the framework's 28 February 2025 version and linking its product manager page");
            }
        }
        AssertNone(problems);
    }

    [Theory]
    [InlineData("awareness")]
    [InlineData("working")]
    [InlineData("practitioner")]
    [InlineData("expert")]
    public async Task A_self_assessment_at_one_level_in_every_skill_counts_below_at_and_above_as_the_framework_gives_them(string level)
    {
        var expected = SourceFacts.FrameworkLevels();
        var rank = new[] { "awareness", "working", "practitioner", "expert" };
        foreach (var role in Handbooks.RoleSlugs)
        {
            var form = await app.Client.GetDocumentAsync($"/roles/{role}/assess");
            var title = form.QuerySelector("h1")!.Text().Replace("Assess yourself against the ", "", StringComparison.Ordinal).Replace(" role", "", StringComparison.Ordinal).Trim();
            var skills = form.QuerySelectorAll("fieldset").Select(f => f.QuerySelector("input[type=radio]")!.GetAttribute("name")!).ToList();
            Assert.Equal(9, skills.Count);
            var result = await app.Client.GetDocumentAsync($"/roles/{role}/assess?" + string.Join('&', skills.Select(s => $"{s}={level}")));

            var levels = expected.Select(e => e.LevelByRole[title.ToLowerInvariant()]).ToList();
            var below = levels.Count(l => Array.IndexOf(rank, l) > Array.IndexOf(rank, level));
            var above = levels.Count(l => Array.IndexOf(rank, l) < Array.IndexOf(rank, level));
            var article = "AEIOU".Contains(title[0], StringComparison.Ordinal) ? "an" : "a";
            Assert.Equal($"{below} of 9 skills below the level {article} {title} expects, {9 - below - above} at it, {above} above.",
                result.QuerySelector(".hb-assess-summary p")!.Text().Trim());
        }
    }

    [Fact]
    public async Task Only_the_associate_page_gives_grades_the_ones_the_source_gives_for_information_only()
    {
        foreach (var role in Handbooks.RoleSlugs)
        {
            var grades = (await app.Client.GetDocumentAsync($"/roles/{role}")).QuerySelectorAll(".govuk-inset-text").FirstOrDefault(i => i.Text().Contains("grade", StringComparison.Ordinal));
            if (role == "associate-product-manager")
            {
                Assert.NotNull(grades);
                Assert.Contains("HEO (Higher Executive Officer) or SEO (Senior Executive Officer)", grades.Text(), StringComparison.Ordinal);
                Assert.Contains("For information only", grades.Text(), StringComparison.Ordinal);
                Assert.Contains("1 December 2023", grades.Text(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(grades);
            }
        }
    }

    [Fact]
    public async Task Head_of_product_page_names_the_six_priorities_of_a_head_of_product()
    {
        var page = await app.Client.GetDocumentAsync("/roles/head-of-product");

        var text = page.QuerySelector(".hb-prose")!.Text();
        var priorities = SourceFacts.HeadOfProductPriorities();
        Assert.Equal(6, priorities.Count);
        Assert.All(priorities, priority => Assert.Contains(priority, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_chapter_lists_the_reading_and_training_links_of_its_source_section()
    {
        var urlByNumber = Chapters(await app.Client.GetDocumentAsync("/contents")).ToDictionary(c => c.Number, c => c.Url);
        var numberBySlug = Pages.ToDictionary(p => p.Slug, p => p.Number, StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var section in SourceFacts.OriginalLinks().Where(l => l.IsReadingOrTraining).GroupBy(l => l.Page))
        {
            var url = urlByNumber[numberBySlug[section.Key]];
            var chapter = await app.Client.GetDocumentAsync(url);
            var listed = chapter.QuerySelectorAll(".hb-reading a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(section.Where(l => !listed.Contains(l.Url)).Select(l => $"{url} ({section.Key}) does not list {l.List} '{l.Title}' {l.Url}"));
        }
        AssertNone(problems);
    }

    [Fact]
    public void Validate_on_the_repository_content_exits_zero()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Handbook:ContentPath"] = SourceFacts.ContentFolder })
            .Build();
        using var output = new StringWriter();

        var exitCode = ValidateCommand.Run(configuration, app.Factory.Services.GetRequiredService<IHostEnvironment>(), output);

        Assert.True(exitCode == 0, output.ToString());
        var parts = Pages.Select(p => p.Part).Distinct().Count();
        var skills = SourceFacts.RoleSkillLevels().Count + SourceFacts.FrameworkLevels().Count;
        Assert.Contains($"is valid: {parts} parts, {Pages.Count} chapters, {Handbooks.RoleSlugs.Length} roles, {skills} skills", output.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNone(List<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join('\n', problems));

    private static List<(string Number, string Title, string Url)> Chapters(IDocument contents) =>
        contents.QuerySelectorAll(".hb-toc__chapter")
            .Select(c => (c.QuerySelector(".hb-toc__number")!.Text(), c.QuerySelector("a")!.Text(), c.QuerySelector("a")!.GetAttribute("href")!))
            .ToList();

    /// <summary>
    /// Titles match loosely: the handbook may shorten a source title ("Senior Product Manager: a group
    /// product manager"), but nearly every word it keeps must be the source's.
    /// </summary>
    private static bool TitlesMatch(string source, string ours)
    {
        var sourceWords = Words(source).ToHashSet(StringComparer.Ordinal);
        var ourWords = Words(ours);
        return ourWords.Count > 0 && ourWords.Count(sourceWords.Contains) >= 0.8 * ourWords.Count;
    }

    private static List<string> Words(string title) =>
        new string(title.ToLowerInvariant().Where(c => c != '\'' && c != '\u2019').Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToList();
}
