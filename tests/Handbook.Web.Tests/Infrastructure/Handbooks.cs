using System.Globalization;
using System.Text;
using Handbook.Testing;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>Small handbooks that several tests read.</summary>
public static class Handbooks
{
    public static readonly string[] RoleSlugs =
        ["associate-product-manager", "product-manager", "senior-product-manager", "lead-product-manager", "head-of-product"];

    /// <summary>Chapters where a word is in one title, one heading and one text, for ranking searches.</summary>
    public static ContentBuilder ForSearch() => WithPathway(new ContentBuilder()
        .WithPart(1, "basics", "Basics")
        .WithChapter("basics", 1, "associate-product-manager-role", "Associate role", body: "Text about starting out.")
        .WithChapter("basics", 2, "roadmaps", "Roadmaps", body: "A roadmap shows direction.\n\n## Prioritisation\n\nHow we order work.\n\n## Themes\n\nGroup the work into themes.")
        .WithChapter("basics", 3, "prioritisation", "Prioritisation", body: "Choosing what to do first.")
        .WithChapter("basics", 4, "delivery", "Delivery", body: "Teams deliver value.\n\n## Saying no\n\nSometimes prioritisation means saying no to stakeholders.")
        .WithChapter("basics", 5, "work-with-agility", "Work with agility", body: "The \"user needs\" come first. Users need things.")
        .WithChapter("basics", 6, "scrum-framework", "Scrum", body: "Sprints and reviews."));

    /// <summary>Two parts, five chapters (one with headings and reading lists), and the career pathway.</summary>
    public static ContentBuilder TwoParts() => WithPathway(new ContentBuilder()
        .WithPart(1, "preface", "Preface", "Why the handbook exists.")
        .WithChapter("preface", 1, "introduction", "Introduction", body: "Welcome. See [agility](/chapters/work-with-agility#the-manifesto).")
        .WithChapter("preface", 2, "licence", "Licence", frontMatter: "aliases: [sharing]")
        .WithPart(2, "associate-product-manager", "Associate Product Manager", "The core, tactical skills.")
        .WithChapter("associate-product-manager", 1, "associate-product-manager-role", "The Associate Product Manager role")
        .WithChapter("associate-product-manager", 2, "work-with-agility", "Work with agility",
            body: "## The manifesto\n\nWe value people.\n\n### Twelve principles\n\nSimplicity.\n\n## In government\n\nText.",
            frontMatter: """
                roles: [associate-product-manager]
                reading:
                  - title: "Manifesto for Agile Software Development"
                    author: "Kent Beck and others"
                    url: "https://agilemanifesto.org/"
                    kind: website
                training:
                  - title: "Agile foundations"
                    author: "A training provider"
                    url: "https://example.org/agile"
                    kind: course
                """)
        .WithChapter("associate-product-manager", 3, "scrum-framework", "Make use of the Scrum framework",
            frontMatter: """
                roles: [product-manager]
                reading:
                  - title: "The Scrum Guide"
                    url: "https://scrumguides.org/"
                    kind: guide
                """));

    /// <summary>A role of the fixture's pathway, with the level it expects in each skill (skill slug → level).</summary>
    public sealed record FixtureRole(int Order, string Slug, string Title, string Stage, IReadOnlyDictionary<string, string> Levels, string[] Chapters, string[] Areas);

    /// <summary>A skill of the fixture's pathway, with the chapters that help with it.</summary>
    public sealed record FixtureSkill(int Order, string Slug, string Title, string[] Chapters, string ExtraFrontMatter = "");

    public static readonly IReadOnlyList<FixtureSkill> Skills =
    [
        new(1, "product-ownership", "Product ownership", ["scrum-framework"]),
        new(2, "user-focus", "User focus", ["work-with-agility"]),
        new(3, "operational-management", "Operational management", [], "levels_source: handbook"),
    ];

    /// <summary>
    /// The five roles, with levels that rise along the pathway (and stay level in places), so that
    /// comparisons have both rising and flat rows.
    /// </summary>
    public static readonly IReadOnlyList<FixtureRole> Roles =
    [
        new(1, "associate-product-manager", "Associate Product Manager", "product-management",
            Levels("awareness", "working", "awareness"), ["associate-product-manager-role"], ["product-management-practitioner"]),
        new(2, "product-manager", "Product Manager", "product-management",
            Levels("practitioner", "practitioner", "working"), [], ["product-management-practitioner"]),
        new(3, "senior-product-manager", "Senior Product Manager", "product-leadership",
            Levels("expert", "practitioner", "practitioner"), [], ["product-management-expert", "business-strategy"]),
        new(4, "lead-product-manager", "Lead Product Manager", "product-leadership",
            Levels("expert", "practitioner", "expert"), [], ["product-management-expert", "business-strategy", "digital-transformation"]),
        new(5, "head-of-product", "Head of Product", "product-leadership",
            Levels("expert", "expert", "expert"), [], ["product-management-expert", "teaching-mentoring-coaching-facilitating"]),
    ];

    /// <summary>The three skills and the five roles above.</summary>
    public static ContentBuilder WithPathway(ContentBuilder content)
    {
        foreach (var skill in Skills)
        {
            content.WithSkill(skill.Order, skill.Slug, skill.Title, chapters: skill.Chapters, extraFrontMatter: skill.ExtraFrontMatter);
        }
        foreach (var role in Roles)
        {
            content.WithRole(role.Order, role.Slug, role.Title, role.Stage, role.Levels, chapters: role.Chapters, areas: role.Areas);
        }
        return content;
    }

    /// <summary>
    /// <see cref="TwoParts"/> with the current framework beside the 2017 pathway: its version file, two
    /// current skills (one that takes over product ownership and is shared with delivery managers, one
    /// new), each role's level in them, grades for the associate and change notes for the product manager.
    /// </summary>
    public static ContentBuilder CurrentFramework()
    {
        var content = TwoParts()
            .WithFile("skills/_framework.md", """
                ---
                title: "Government Digital and Data Profession Capability Framework"
                summary: "The framework product managers in government are assessed against."
                version: 2025-02-28
                reviewed: 2026-11-30
                url: "https://ddat-capability-framework.service.gov.uk/product-manager.html"
                ---
                The framework that replaced the 2017 pathway.
                """)
            .WithSkill(1, "product-management", "Product management", chapters: ["scrum-framework"], extraFrontMatter: """
                framework: current
                also-needed-by: ["Delivery manager"]
                replaces: [product-ownership]
                changes:
                  - date: 2026-11-30
                    note: "Added from the current framework."
                """)
            .WithSkill(2, "managing-product-outcomes", "Managing product outcomes", chapters: ["work-with-agility"], extraFrontMatter: "framework: current");
        // A current skill has no group: WithSkill writes one, so take it out again.
        foreach (var file in new[] { "skills/01-product-management.md", "skills/02-managing-product-outcomes.md" })
        {
            content.WithFile(file, File.ReadAllText(content.FullPath(file)).Replace("group: critical\n", "", StringComparison.Ordinal));
        }
        string[] current = ["working", "practitioner", "expert", "expert", "expert"];
        string[] outcomes = ["awareness", "working", "practitioner", "practitioner", "expert"];
        foreach (var (role, i) in Roles.Select((r, i) => (r, i)))
        {
            var extra = new StringBuilder()
                .Append("framework-skills:\n")
                .Append(CultureInfo.InvariantCulture, $"  product-management: {current[i]}\n")
                .Append(CultureInfo.InvariantCulture, $"  managing-product-outcomes: {outcomes[i]}\n")
                .Append(CultureInfo.InvariantCulture, $"framework-summary: \"{role.Title} in the current framework.\"\n");
            if (role.Slug == "associate-product-manager")
            {
                extra.Append("grades: [\"HEO (Higher Executive Officer)\", \"SEO (Senior Executive Officer)\"]\ngrades-as-of: 2023-12-01\n");
            }
            if (role.Slug == "product-manager")
            {
                extra.Append("changes:\n  - date: 2026-10-01\n    note: \"Linked the current framework.\"\n  - date: 2026-11-30\n    note: \"Led with the current skills.\"\n");
            }
            content.WithRole(role.Order, role.Slug, role.Title, role.Stage, role.Levels, chapters: role.Chapters, areas: role.Areas, extraFrontMatter: extra.ToString());
        }
        return content;
    }

    private static Dictionary<string, string> Levels(string productOwnership, string userFocus, string operationalManagement) => new()
    {
        ["product-ownership"] = productOwnership,
        ["user-focus"] = userFocus,
        ["operational-management"] = operationalManagement,
    };
}
