using Handbook.Testing;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>Small handbooks that several tests read.</summary>
public static class Handbooks
{
    /// <summary>Two parts, five chapters, one with headings and reading lists.</summary>
    public static ContentBuilder TwoParts() => new ContentBuilder()
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
        .WithChapter("associate-product-manager", 3, "scrum-framework", "Make use of the Scrum framework");
}
