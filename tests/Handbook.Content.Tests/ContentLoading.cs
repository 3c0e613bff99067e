using Handbook.Content;
using Handbook.Testing;

namespace Handbook.Content.Tests;

public sealed class ContentLoading : IDisposable
{
    private readonly ContentBuilder _content = new();
    private static readonly HandbookMarkdown Markdown = new();
    private readonly ContentLoader _loader = new(new DocumentParser(Markdown), new PathwayParser(Markdown));

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Reads_parts_and_their_chapters()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction")
            .WithChapter("preface", 2, "licence", "Licence")
            .WithFile("README.md", "Not a chapter: files at the top are for contributors.");

        var set = _loader.Load(_content.Root);

        Assert.Empty(set.Errors);
        Assert.Equal("preface", Assert.Single(set.Parts).Slug);
        Assert.Equal(["introduction", "licence"], set.Chapters.Select(c => c.Slug));
    }

    [Fact]
    public void A_second_load_parses_only_the_files_that_changed()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction")
            .WithChapter("preface", 2, "licence", "Licence");
        var first = _loader.Load(_content.Root);

        _content.WithChapter("preface", 2, "licence", "Licence", body: "Changed.");
        var second = _loader.Load(_content.Root);

        Assert.Same(first.Parts.Single(), second.Parts.Single());
        Assert.Same(first.Chapters[0], second.Chapters[0]);
        Assert.NotSame(first.Chapters[1], second.Chapters[1]);
        Assert.NotEqual(first.Chapters[1].Hash, second.Chapters[1].Hash);
        Assert.NotEqual(first.Version, second.Version);
    }

    [Fact]
    public void Chapters_are_loaded_as_outlines_and_read_in_full_on_request()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction", body: "Welcome.\n\n## Who it is for\n\nProduct managers.");

        var outline = Assert.Single(_loader.Load(_content.Root).Chapters);
        var full = _loader.ReadInFull(_content.Root, outline);

        Assert.Equal((Prose.Empty, 0, ""), (outline.Prose, outline.Sections.Count, outline.Headings.Single().SectionMarkdown));
        Assert.Equal("who-it-is-for", outline.Headings.Single().Anchor);
        Assert.Contains("<p>Welcome.</p>", full!.Prose.Intro, StringComparison.Ordinal);
        Assert.Equal(2, full.Sections.Count);
        Assert.Contains("Product managers.", full.Headings.Single().SectionMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapter_whose_file_changed_since_it_was_loaded_is_not_read_in_full()
    {
        _content.WithPart(1, "preface", "Preface").WithChapter("preface", 1, "introduction", "Introduction");
        var outline = Assert.Single(_loader.Load(_content.Root).Chapters);

        _content.WithChapter("preface", 1, "introduction", "Introduction", body: "Edited a moment later.");

        Assert.Null(_loader.ReadInFull(_content.Root, outline));
    }

    [Fact]
    public void A_duplicate_slug_is_an_error_on_the_second_file()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction")
            .WithChapter("preface", 2, "introduction", "Another");

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal((_content.ChapterPath("preface", 2, "introduction"), 3), (error.Path, error.Line));
        Assert.Contains("The chapter slug 'introduction' is already used by 01-preface/01-introduction.md", error.Message, StringComparison.Ordinal);
        Assert.Equal("Introduction", Assert.Single(set.Chapters).Title);
    }

    [Fact]
    public void A_duplicate_order_is_an_error_on_the_order_line()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction")
            .WithFile("01-preface/02-licence.md", "---\ntitle: \"Licence\"\nsummary: \"Terms.\"\norder: 1\nslug: licence\n---\nText.\n");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal(("01-preface/02-licence.md", 4), (error.Path, error.Line));
        Assert.Contains("The order 1 is already used by 01-preface/01-introduction.md in this part", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_alias_is_an_error_on_the_alias_line()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction", frontMatter: "aliases: [welcome]")
            .WithChapter("preface", 2, "licence", "Licence", frontMatter: "aliases:\n  - terms\n  - welcome");

        var error = Assert.Single(_loader.Load(_content.Root).Errors);

        Assert.Equal((_content.ChapterPath("preface", 2, "licence"), 8), (error.Path, error.Line));
        Assert.Contains("The alias 'welcome' is already a slug or alias of 01-preface/01-introduction.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_clash_of_slugs_the_file_the_store_holds_keeps_its_slug_even_when_it_sorts_last()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Newcomer")
            .WithChapter("preface", 2, "introduction", "Original");
        var original = _content.ChapterPath("preface", 2, "introduction");

        var first = _loader.Load(_content.Root);
        var set = _loader.Load(_content.Root, new Dictionary<string, string> { [original] = "introduction" });

        Assert.Equal([_content.ChapterPath("preface", 1, "introduction"), original], first.StoredSlugsWanted.Order(StringComparer.Ordinal));
        Assert.Empty(set.StoredSlugsWanted);
        var error = Assert.Single(set.Errors);
        Assert.Equal((_content.ChapterPath("preface", 1, "introduction"), 3), (error.Path, error.Line));
        Assert.Contains($"already used by {original}", error.Message, StringComparison.Ordinal);
        Assert.Equal("Original", Assert.Single(set.Chapters).Title);
    }

    [Fact]
    public void A_broken_file_the_store_holds_keeps_its_slug_from_a_newcomer()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction")
            .WithFile("01-preface/02-licence.md", "---\ntitle: [broken\n---\n")
            .WithChapter("preface", 3, "licence", "A newcomer");

        var set = _loader.Load(_content.Root, new Dictionary<string, string> { ["01-preface/02-licence.md"] = "licence" });

        Assert.Equal(["01-preface/02-licence.md", _content.ChapterPath("preface", 3, "licence")], set.Errors.Select(e => e.Path));
        Assert.Contains("already used by 01-preface/02-licence.md", set.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("introduction", Assert.Single(set.Chapters).Slug);
    }

    [Fact]
    public void A_clean_handbook_needs_nothing_from_the_store()
    {
        _content.WithPart(1, "preface", "Preface").WithChapter("preface", 1, "introduction", "Introduction");

        var set = _loader.Load(_content.Root);

        Assert.Empty(set.Errors);
        Assert.Empty(set.StoredSlugsWanted);
    }

    [Fact]
    public void A_link_to_a_missing_chapter_names_the_file_and_line()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction", body: "Text.\n\nSee [nowhere](/chapters/nowhere).");

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal((_content.ChapterPath("preface", 1, "introduction"), 9), (error.Path, error.Line));
        Assert.Contains("/chapters/nowhere", error.Message, StringComparison.Ordinal);
        Assert.Empty(set.Chapters);
    }

    [Fact]
    public void A_link_to_a_missing_heading_is_an_error()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction", body: "See [the licence](/chapters/licence#terms).")
            .WithChapter("preface", 2, "licence", "Licence", body: "## Freedoms\n\nText.");

        var set = _loader.Load(_content.Root);

        Assert.Contains("#freedoms", Assert.Single(set.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_chapter_still_served_from_its_last_good_version_is_not_an_error()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction", body: "See [the licence](/chapters/licence).")
            .WithFile("01-preface/02-licence.md", "---\ntitle: [broken\n---\n");

        var set = _loader.Load(_content.Root, new Dictionary<string, string> { ["01-preface/02-licence.md"] = "licence" });

        Assert.Equal("01-preface/02-licence.md", Assert.Single(set.Errors).Path);
        Assert.Equal("introduction", Assert.Single(set.Chapters).Slug);
    }

    [Fact]
    public void A_folder_without_a_part_file_is_an_error()
    {
        _content.WithFile("07-orphans/01-a.md", "---\ntitle: \"A\"\n---\n");

        var set = _loader.Load(_content.Root);

        Assert.Equal("07-orphans", Assert.Single(set.Errors).Path);
    }

    [Fact]
    public void A_missing_content_folder_is_an_error_naming_it_and_a_set_not_to_import()
    {
        var missing = _content.Root + "-missing";

        var set = _loader.Load(missing);

        Assert.True(set.FolderUnreadable);
        Assert.Equal((missing, 1), (Assert.Single(set.Errors).Path, set.Errors[0].Line));
    }

    [Fact]
    public void A_content_folder_without_handbook_files_is_a_set_not_to_import()
    {
        _content.WithFile("README.md", "Only a readme.");

        var set = _loader.Load(_content.Root);

        Assert.True(set.FolderUnreadable);
        Assert.Contains("holds no parts, roles or skills", Assert.Single(set.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_readable_handbook_is_a_set_to_import()
    {
        _content.WithPart(1, "preface", "Preface").WithChapter("preface", 1, "introduction", "Introduction", body: "[x](/chapters/nowhere)");

        Assert.False(_loader.Load(_content.Root).FolderUnreadable);
    }

    [Fact]
    public void The_version_changes_when_a_file_changes_and_not_otherwise()
    {
        _content.WithPart(1, "preface", "Preface").WithChapter("preface", 1, "introduction", "Introduction");
        var first = _loader.Load(_content.Root).Version;
        var again = _loader.Load(_content.Root).Version;
        _content.WithChapter("preface", 1, "introduction", "Introduction", body: "Changed.");
        var changed = _loader.Load(_content.Root).Version;

        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }
}
