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

    /// <summary>
    /// Three skills and the five roles, with levels that rise along the pathway (and stay level in
    /// places), so that comparisons have both rising and flat rows.
    /// </summary>
    public static ContentBuilder WithPathway(ContentBuilder content) => content
        .WithSkill(1, "product-ownership", "Product ownership", chapters: ["scrum-framework"])
        .WithSkill(2, "user-focus", "User focus", chapters: ["work-with-agility"])
        .WithSkill(3, "operational-management", "Operational management", extraFrontMatter: "levels_source: handbook")
        .WithRole(1, "associate-product-manager", "Associate Product Manager", "product-management",
            Levels("awareness", "working", "awareness"), chapters: ["associate-product-manager-role"], areas: ["product-management-practitioner"])
        .WithRole(2, "product-manager", "Product Manager", "product-management",
            Levels("practitioner", "practitioner", "working"), areas: ["product-management-practitioner"])
        .WithRole(3, "senior-product-manager", "Senior Product Manager", "product-leadership",
            Levels("expert", "practitioner", "practitioner"), areas: ["product-management-expert", "business-strategy"])
        .WithRole(4, "lead-product-manager", "Lead Product Manager", "product-leadership",
            Levels("expert", "practitioner", "expert"), areas: ["product-management-expert", "business-strategy", "digital-transformation"])
        .WithRole(5, "head-of-product", "Head of Product", "product-leadership",
            Levels("expert", "expert", "expert"), areas: ["product-management-expert", "teaching-mentoring-coaching-facilitating"]);

    private static Dictionary<string, string> Levels(string productOwnership, string userFocus, string operationalManagement) => new()
    {
        ["product-ownership"] = productOwnership,
        ["user-focus"] = userFocus,
        ["operational-management"] = operationalManagement,
    };
}
