using Handbook.Content;

namespace Handbook.Content.Tests;

public sealed class ChapterParsing
{
    private readonly DocumentParser _parser = new(new HandbookMarkdown());

    private ChapterDocument? Parse(string text, List<ContentError> errors) =>
        _parser.ParseChapter("01-part/01-a.md", "01-part", text, errors);

    private const string ValidFrontMatter = "---\ntitle: \"Work with agility\"\nslug: work-with-agility\norder: 2\nsummary: \"How we work.\"\n";

    [Fact]
    public void A_chapters_hash_covers_how_this_release_renders_it_as_well_as_its_text()
    {
        var text = ValidFrontMatter + "---\n## A section\n\nText.";
        var textOnly = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

        var chapter = Parse(text, []);
        var again = new DocumentParser(new HandbookMarkdown()).ParseChapter("01-part/01-a.md", "01-part", text, []);

        Assert.Matches("^[0-9a-f]{16}$", _parser.Markdown.Rendering);
        Assert.NotEqual(textOnly, chapter!.Hash);
        Assert.Equal(chapter.Hash, again!.Hash);
    }

    [Fact]
    public void The_print_rendering_prefixes_ids_moves_deeper_headings_down_and_marks_chapter_links()
    {
        var chapter = Parse(ValidFrontMatter + "---\nSee [below](#the-manifesto).\n\n## In government\n\n#### The manifesto\n\n"
            + "Read [Scrum](/chapters/scrum-framework#roles) and [the toolkit](/chapters/government-service-toolkit).", [])!;

        Assert.Contains("href=\"#the-manifesto\"", chapter.Prose.Intro, StringComparison.Ordinal);
        Assert.Contains("href=\"#work-with-agility--the-manifesto\"", chapter.Print.Intro, StringComparison.Ordinal);
        var section = Assert.Single(chapter.Print.Sections);
        Assert.Equal(("in-government", 2), (section.Anchor, section.Level));
        Assert.Contains("<h6 id=\"work-with-agility--the-manifesto\">The manifesto</h6>", section.Html, StringComparison.Ordinal);
        Assert.Contains("<h4 id=\"the-manifesto\">", chapter.Prose.Sections[0].Html, StringComparison.Ordinal);
        Assert.Equal("href=\"in:scrum-framework/roles\" href=\"in:government-service-toolkit/\"",
            string.Join(' ', System.Text.RegularExpressions.Regex.Matches(
                PrintLinks.Resolve(section.Html, (slug, anchor) => $"in:{slug}/{anchor}"), "href=\"in:[^\"]*\"").Select(m => m.Value)));
    }

    [Fact]
    public void Reads_front_matter_fields()
    {
        var errors = new List<ContentError>();
        var chapter = Parse(ValidFrontMatter + "roles: [product-manager]\naliases: [agility]\n---\nText.", errors);

        Assert.Empty(errors);
        Assert.NotNull(chapter);
        Assert.Equal("Work with agility", chapter.Title);
        Assert.Equal("work-with-agility", chapter.Slug);
        Assert.Equal(2, chapter.Order);
        Assert.Equal([new SlugRef("product-manager", 6)], chapter.Roles);
        Assert.Equal(["agility"], chapter.Aliases.Select(a => a.Slug));
    }

    [Fact]
    public void An_updated_date_is_read_and_is_optional()
    {
        var errors = new List<ContentError>();

        var dated = Parse(ValidFrontMatter + "updated: 2024-03-05\n---\nText.", errors);
        var undated = Parse(ValidFrontMatter + "---\nText.", errors);

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2024, 3, 5), dated!.Updated);
        Assert.Null(undated!.Updated);
    }

    [Theory]
    [InlineData("5 March 2024")]
    [InlineData("2024-3-5")]
    [InlineData("2024-02-30")]
    public void An_updated_date_not_written_yyyy_mm_dd_names_its_line(string value)
    {
        var errors = new List<ContentError>();

        var chapter = Parse(ValidFrontMatter + $"roles: [product-manager]\nupdated: {value}\n---\nText.", errors);

        Assert.Null(chapter);
        var error = Assert.Single(errors);
        Assert.Equal(7, error.Line);
        Assert.Contains($"must be a date written YYYY-MM-DD, such as 2025-03-14, not '{value}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_and_training_lists_are_structured_items()
    {
        var errors = new List<ContentError>();
        var chapter = Parse(ValidFrontMatter + """
            reading:
              - title: "Scrum Guide"
                author: "Ken Schwaber and Jeff Sutherland"
                url: "https://scrumguides.org/"
                kind: guide
            training:
              - title: "Agile course"
                url: "https://example.org/course"
                kind: course
                dead: true
            ---
            Text.
            """, errors);

        Assert.Empty(errors);
        Assert.Collection(chapter!.Reading,
            r => Assert.Equal(new ReadingEntry(ReadingList.Reading, "Scrum Guide", "Ken Schwaber and Jeff Sutherland", "https://scrumguides.org/", "guide", null, false), r),
            r => Assert.Equal(new ReadingEntry(ReadingList.Training, "Agile course", null, "https://example.org/course", "course", null, true), r));
    }

    [Theory]
    [InlineData("## Scrum roles", "<h2 id=\"scrum-roles\">Scrum roles</h2>")]
    [InlineData("### The *daily* scrum", "<h3 id=\"the-daily-scrum\">The <em>daily</em> scrum</h3>")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |", "<table>")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("A [link](https://example.org)", "<a href=\"https://example.org\">link</a>")]
    public void Renders_markdown_to_html(string markdown, string expected)
    {
        var errors = new List<ContentError>();
        var chapter = Parse(ValidFrontMatter + "---\n" + markdown + "\n", errors);

        Assert.Empty(errors);
        Assert.Contains(expected, chapter!.Prose.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_is_cut_at_its_h2s_and_h3s_each_with_the_html_under_it()
    {
        var chapter = Parse(ValidFrontMatter + "---\nWelcome.\n\n## First `part`\n\nOne.\n\n### A detail\n\nTwo.\n\n#### Deeper\n\nThree.\n", []);

        Assert.Equal("<p>Welcome.</p>\n", chapter!.Prose.Intro);
        Assert.Equal(
            [
                new ProseSection(2, "first-part", "First part", "First <code>part</code>", "<p>One.</p>\n"),
                new ProseSection(3, "a-detail", "A detail", "A detail", "<p>Two.</p>\n<h4 id=\"deeper\">Deeper</h4>\n<p>Three.</p>\n"),
            ],
            chapter.Prose.Sections);
    }

    [Fact]
    public void The_rendered_prose_holds_no_address_or_markup_of_the_site()
    {
        var chapter = Parse(ValidFrontMatter + "---\n## A section\n\nText with a [link](/chapters/licence).\n", []);

        var html = chapter!.Prose.ToHtml();
        Assert.Equal("<h2 id=\"a-section\">A section</h2>\n<p>Text with a <a href=\"/chapters/licence\">link</a>.</p>\n", html);
        Assert.DoesNotContain("hb-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/suggest", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Collects_h2_and_h3_headings_with_their_anchors_and_section_markdown()
    {
        var errors = new List<ContentError>();
        var chapter = Parse(ValidFrontMatter + "---\n## First part\n\ntext\n\n### A detail\n\n#### Too deep\n", errors);

        Assert.Equal(
            [
                new HeadingInfo(2, "First part", "first-part", "text\n\n### A detail\n\n#### Too deep"),
                new HeadingInfo(3, "A detail", "a-detail", "#### Too deep"),
            ],
            chapter!.Headings);
    }

    [Theory]
    [InlineData("no front matter\n", 1, "must start with front matter")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\nsummary: \"x\"\nreading: [\n---\n", 7, "not valid YAML")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: [1\nsummary: \"x\"\n---\n", 2, "not valid YAML")]
    [InlineData("---\ntitle: \"A\"\nslug: a: b\norder: 1\nsummary: \"x\"\n---\n", 3, "not valid YAML")]
    [InlineData("---\ntitle: \"A\"\nslug: Not A Slug\norder: 1\nsummary: \"x\"\n---\n", 3, "slug")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: first\nsummary: \"x\"\n---\n", 4, "whole number")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\n---\n", 1, "'summary' is missing")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\nsummary: \"x\"\ntitel: \"B\"\n---\n", 6, "Unknown field 'titel'")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\nsummary: \"x\"\nreading:\n  - title: \"B\"\n    url: \"not a url\"\n    kind: book\n---\n", 7, "full web address")]
    [InlineData("---\ntitle: \"A\"\nslug: a\norder: 1\nsummary: \"x\"\n---\n\n# A second title\n", 8, "Use '##'")]
    public void A_broken_file_is_reported_with_its_line(string text, int line, string message)
    {
        var errors = new List<ContentError>();
        var chapter = Parse(text, errors);

        Assert.Null(chapter);
        var error = Assert.Single(errors);
        Assert.Equal("01-part/01-a.md", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_chapters_are_collected_with_their_lines()
    {
        var errors = new List<ContentError>();
        var chapter = Parse(ValidFrontMatter + "---\nSee [Scrum](/chapters/scrum-framework#roles).\n\nAnd [lean](/chapters/lean-startup).\n", errors);

        Assert.Equal([new ChapterLink("scrum-framework", "roles", 7), new ChapterLink("lean-startup", null, 9)], chapter!.Links);
    }
}
