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
    public void A_duplicate_slug_is_an_error_on_the_second_file()
    {
        _content.WithPart(1, "preface", "Preface")
            .WithChapter("preface", 1, "introduction", "Introduction")
            .WithChapter("preface", 2, "introduction", "Another");

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal(_content.ChapterPath("preface", 2, "introduction"), error.Path);
        Assert.Contains("already used", error.Message, StringComparison.Ordinal);
        Assert.Equal("Introduction", Assert.Single(set.Chapters).Title);
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

        var set = _loader.Load(_content.Root, failed => failed.Contains("01-preface/02-licence.md") ? ["licence"] : []);

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
