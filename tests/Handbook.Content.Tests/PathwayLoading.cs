using Handbook.Content;
using Handbook.Testing;

namespace Handbook.Content.Tests;

public sealed class PathwayLoading : IDisposable
{
    private static readonly HandbookMarkdown Markdown = new();
    private readonly ContentLoader _loader = new(new DocumentParser(Markdown), new PathwayParser(Markdown));
    private readonly ContentBuilder _content = new ContentBuilder()
        .WithPart(1, "preface", "Preface")
        .WithChapter("preface", 1, "introduction", "Introduction", frontMatter: "roles: [product-manager]")
        .WithSkill(1, "product-ownership", "Product ownership", chapters: ["introduction"])
        .WithSkill(2, "user-focus", "User focus");

    public void Dispose() => _content.Dispose();

    private ContentBuilder WithProductManager(string userFocusLevel = "working", string extraSkill = "") =>
        _content.WithFile("roles/01-product-manager.md", $"""
            ---
            title: "Product Manager"
            slug: product-manager
            order: 1
            stage: product-management
            summary: "Owns a product."
            chapters: [introduction]
            skills:
              product-ownership: practitioner
              user-focus: {userFocusLevel}
            {extraSkill}
            ---
            ## What the role is

            Text.
            """);

    [Fact]
    public void Reads_roles_with_the_level_they_expect_in_each_skill()
    {
        WithProductManager();

        var set = _loader.Load(_content.Root);

        Assert.Empty(set.Errors);
        var role = Assert.Single(set.Roles);
        Assert.Equal(("product-manager", "product-management"), (role.Slug, role.Stage));
        Assert.Equal([new SkillExpectation("product-ownership", "practitioner", 9), new SkillExpectation("user-focus", "working", 10)], role.Skills);
        Assert.Equal(["product-ownership", "user-focus"], set.Skills.Select(s => s.Slug));
        Assert.Equal("Knows what Product ownership is.", set.Skills[0].Levels["awareness"]);
    }

    [Fact]
    public void Roles_and_skills_may_list_their_former_slugs()
    {
        WithProductManager(extraSkill: "aliases: [product-lead]");
        _content.WithSkill(3, "agile-working", "Agile working", extraFrontMatter: "aliases: [agility]");
        _content.WithFile("roles/01-product-manager.md", File.ReadAllText(_content.FullPath("roles/01-product-manager.md")).Replace("  user-focus: working", "  user-focus: working\n  agile-working: working", StringComparison.Ordinal));

        var set = _loader.Load(_content.Root);

        Assert.Empty(set.Errors);
        Assert.Equal(["product-lead"], Assert.Single(set.Roles).Aliases.Select(a => a.Slug));
        Assert.Equal(["agility"], set.Skills.Single(s => s.Slug == "agile-working").Aliases.Select(a => a.Slug));
    }

    [Fact]
    public void A_role_alias_that_is_another_roles_slug_is_an_error_at_the_alias_line()
    {
        WithProductManager(extraSkill: "aliases: [associate-product-manager]");
        _content.WithFile("roles/02-associate-product-manager.md", File.ReadAllText(_content.FullPath("roles/01-product-manager.md"))
            .Replace("slug: product-manager", "slug: associate-product-manager", StringComparison.Ordinal)
            .Replace("order: 1", "order: 2", StringComparison.Ordinal)
            .Replace("aliases: [associate-product-manager]", "", StringComparison.Ordinal));

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", 11), (error.Path, error.Line));
        Assert.Contains("The alias 'associate-product-manager' is already a slug or alias of roles/02-associate-product-manager.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_names_the_file_and_line()
    {
        WithProductManager(userFocusLevel: "wizard");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", 10), (error.Path, error.Line));
        Assert.Contains("Unknown level 'wizard'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_skill_names_the_file_and_line()
    {
        WithProductManager(extraSkill: "  juggling: expert");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", 11), (error.Path, error.Line));
        Assert.Contains("Unknown skill 'juggling'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_must_give_a_level_for_every_skill()
    {
        WithProductManager();
        _content.WithSkill(3, "agile-working", "Agile working");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal("roles/01-product-manager.md", error.Path);
        Assert.Contains("'agile-working' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_in_a_chapter_names_the_file_and_line()
    {
        WithProductManager();
        _content.WithChapter("preface", 2, "licence", "Licence", frontMatter: "roles: [chief-product-wizard]");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal((_content.ChapterPath("preface", 2, "licence"), 6), (error.Path, error.Line));
        Assert.Contains("Unknown role 'chief-product-wizard'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_chapter_in_a_skill_names_the_file_and_line()
    {
        WithProductManager();
        _content.WithSkill(2, "user-focus", "User focus", chapters: ["nowhere"]);

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("skills/02-user-focus.md", 7), (error.Path, error.Line));
        Assert.Contains("Unknown chapter 'nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skill_must_say_what_every_level_means()
    {
        WithProductManager();
        _content.WithFile("skills/02-user-focus.md", """
            ---
            title: "User focus"
            slug: user-focus
            order: 2
            group: critical
            summary: "Users first."
            levels:
              awareness: "Knows."
              expert: "Leads."
            ---
            """);

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("skills/02-user-focus.md", 7), (error.Path, error.Line));
        Assert.Contains("'working', 'practitioner' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stage_names_the_file_and_line()
    {
        WithProductManager();
        _content.WithFile("roles/01-product-manager.md",
            File.ReadAllText(_content.FullPath("roles/01-product-manager.md")).Replace("stage: product-management", "stage: wizardry", StringComparison.Ordinal));

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", 5), (error.Path, error.Line));
        Assert.Contains("'wizardry' is not a stage", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("working", "practitioner", LevelStep.Rises)]
    [InlineData("expert", "expert", LevelStep.Stays)]
    [InlineData("practitioner", "awareness", LevelStep.Falls)]
    public void A_step_between_levels_of_mastery_rises_stays_or_falls(string from, string to, LevelStep step) =>
        Assert.Equal(step, ContentRules.Step(from, to));

    private const string Framework = """
        ---
        title: "Government Digital and Data Profession Capability Framework"
        summary: "What product managers in government are assessed against."
        version: 2025-02-28
        reviewed: 2026-12-03
        url: "https://ddat-capability-framework.service.gov.uk/product-manager.html"
        ---
        About the framework.
        """;

    /// <summary>The framework's version file and one current skill, "agile-and-lean-practices", that takes over user focus.</summary>
    private ContentBuilder WithCurrentFramework(string framework = Framework) =>
        _content.WithFile("skills/_framework.md", framework)
            .WithFile("skills/20-agile-and-lean-practices.md", """
                ---
                title: "Agile and Lean practices"
                slug: agile-and-lean-practices
                order: 1
                framework: current
                summary: "Building in small steps."
                levels:
                  awareness: "Explains the ideas."
                  working: "Uses them in a team."
                  practitioner: "Chooses the methods."
                  expert: "Coaches others."
                also-needed-by: ["Delivery manager"]
                replaces: [user-focus]
                changes:
                  - date: 2026-12-03
                    note: "Added from the framework."
                ---
                ## What it is

                Text.
                """);

    [Fact]
    public void Reads_the_current_frameworks_version_its_skills_and_each_roles_level_in_them_beside_the_2017_pathway()
    {
        WithCurrentFramework();
        WithProductManager(extraSkill: "framework-skills:\n  agile-and-lean-practices: working\ngrades: [HEO]\ngrades-as-of: 2023-12-01");

        var set = _loader.Load(_content.Root);

        Assert.Empty(set.Errors);
        Assert.Equal((new DateOnly(2025, 2, 28), new DateOnly(2026, 12, 3)), (set.Framework!.Version, set.Framework.Reviewed));
        var current = Assert.Single(set.Skills, s => s.Framework == ContentRules.CurrentFramework);
        Assert.Equal((1, ""), (current.Order, current.Group));
        Assert.Equal(["Delivery manager"], current.AlsoNeededBy);
        Assert.Equal(["user-focus"], current.Replaces.Select(r => r.Slug));
        Assert.Equal([new ChangeNote(new DateOnly(2026, 12, 3), "Added from the framework.")], current.Changes);
        Assert.Equal(2, set.Skills.Count(s => s.Framework == ContentRules.Pathway2017));
        var role = Assert.Single(set.Roles);
        Assert.Equal([new SkillExpectation("agile-and-lean-practices", "working", 12)], role.FrameworkSkills);
        Assert.Equal(["HEO"], role.Grades);
        Assert.Equal(new DateOnly(2023, 12, 1), role.GradesAsOf);
        Assert.Equal(2, role.Skills.Count);
    }

    [Fact]
    public void A_role_must_give_a_level_for_every_current_skill()
    {
        WithCurrentFramework();
        WithProductManager();

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal("roles/01-product-manager.md", error.Path);
        Assert.Contains("'framework-skills'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'agile-and-lean-practices' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_level_of_a_current_skill_names_the_file_and_line()
    {
        WithCurrentFramework();
        WithProductManager(extraSkill: "framework-skills:\n  agile-and-lean-practices: guru");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", 12), (error.Path, error.Line));
        Assert.Contains("Unknown level 'guru'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_2017_capability_among_the_current_skills_names_the_file_and_line()
    {
        WithCurrentFramework();
        WithProductManager(extraSkill: "framework-skills:\n  agile-and-lean-practices: working\n  user-focus: working");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", 13), (error.Path, error.Line));
        Assert.Contains("Unknown skill 'user-focus' in 'framework-skills'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("changes:\n  - date: 2026-12-03", 12, "The field 'note' is missing")]
    [InlineData("changes:\n  - date: 3 December 2026\n    note: \"A change.\"", 12, "YYYY-MM-DD")]
    [InlineData("changes: yesterday", 11, "must be a list of items, each starting with '- date: 2025-03-14'")]
    [InlineData("grades: [HEO]", 11, "grades-as-of")]
    public void A_malformed_change_note_or_grade_names_the_file_and_line(string extra, int line, string message)
    {
        WithProductManager(extraSkill: extra);

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("roles/01-product-manager.md", line), (error.Path, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_reviewed_date_in_the_framework_file_names_the_file_and_line()
    {
        WithCurrentFramework(Framework.Replace("reviewed: 2026-12-03", "reviewed: last week", StringComparison.Ordinal));
        WithProductManager(extraSkill: "framework-skills:\n  agile-and-lean-practices: working");

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal(("skills/_framework.md", 5), (error.Path, error.Line));
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
        Assert.Null(set.Framework);
    }

    [Fact]
    public void Current_skills_without_the_framework_file_are_an_error_that_says_what_to_add()
    {
        WithCurrentFramework();
        _content.Delete("skills/_framework.md");
        WithProductManager(extraSkill: "framework-skills:\n  agile-and-lean-practices: working");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal("skills/20-agile-and-lean-practices.md", error.Path);
        Assert.Contains("skills/_framework.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_skill_may_not_replace_something_that_is_not_a_2017_capability()
    {
        WithCurrentFramework();
        _content.WithFile("skills/20-agile-and-lean-practices.md", File.ReadAllText(_content.FullPath("skills/20-agile-and-lean-practices.md"))
            .Replace("replaces: [user-focus]", "replaces: [agile-and-lean-practices]", StringComparison.Ordinal));
        WithProductManager(extraSkill: "framework-skills:\n  agile-and-lean-practices: working");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("skills/20-agile-and-lean-practices.md", 13), (error.Path, error.Line));
        Assert.Contains("Unknown 2017 capability 'agile-and-lean-practices'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_start_here_item_must_be_reading_of_the_roles_chapters()
    {
        _content.WithChapter("preface", 1, "introduction", "Introduction", frontMatter:
            "roles: [product-manager]\nreading:\n  - title: \"A guide\"\n    url: \"https://example.org/guide\"\n    kind: guide");
        WithProductManager(extraSkill: "start-here:\n  - url: \"https://example.org/guide\"\n    why: \"Read it first.\"\n  - url: \"https://example.org/elsewhere\"\n    why: \"Not in a chapter.\"");

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal(("roles/01-product-manager.md", 14), (error.Path, error.Line));
        Assert.Contains("'https://example.org/elsewhere' is not in the reading or training of this role's chapters", error.Message, StringComparison.Ordinal);
    }
}
