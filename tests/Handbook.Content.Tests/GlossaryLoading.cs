using Handbook.Content;
using Handbook.Testing;

namespace Handbook.Content.Tests;

public sealed class GlossaryLoading : IDisposable
{
    private static readonly HandbookMarkdown Markdown = new();
    private readonly ContentLoader _loader = new(new DocumentParser(Markdown), new PathwayParser(Markdown));
    private readonly ContentBuilder _content = new ContentBuilder()
        .WithPart(1, "preface", "Preface")
        .WithChapter("preface", 1, "simplicity", "Simplicity", body: "## Minimum viable product\n\nThe least that tests an idea.")
        .WithSkill(1, "product-ownership", "Product ownership");

    public void Dispose() => _content.Dispose();

    private void WithGlossary(string terms) => _content.WithFile("glossary.md", $"""
        ---
        title: "Glossary"
        summary: "The words the handbook uses."
        terms:
        {terms}
        ---
        Terms A to Z.
        """);

    [Fact]
    public void Reads_each_term_with_its_other_words_its_meaning_and_the_place_that_explains_it_a_to_z()
    {
        WithGlossary("""
              - term: "Product owner"
                also: [PO]
                means: "The person who owns the backlog."
                see: "skills/product-ownership"
              - term: "Minimum viable product"
                also: [MVP, "minimum viable products"]
                means: "The least that tests an idea."
                see: "simplicity#minimum-viable-product"
            """);

        var set = _loader.Load(_content.Root);

        Assert.Empty(set.Errors);
        var glossary = Assert.IsType<GlossaryDocument>(set.Glossary);
        Assert.Equal(["Minimum viable product", "Product owner"], glossary.Entries.Select(e => e.Term));
        var mvp = glossary.Entries[0];
        Assert.Equal(("minimum-viable-product", "The least that tests an idea.", 9), (mvp.Anchor, mvp.Means, mvp.Line));
        Assert.Equal(["MVP", "minimum viable products"], mvp.Also);
        Assert.Equal(new GlossaryTarget(GlossaryTargetKind.Chapter, "simplicity", "minimum-viable-product"), mvp.See);
        Assert.Equal(new GlossaryTarget(GlossaryTargetKind.Skill, "product-ownership", null), glossary.Entries[1].See);
    }

    [Fact]
    public void A_word_in_two_entries_is_an_error_on_its_line_and_the_glossary_is_not_used()
    {
        WithGlossary("""
              - term: "Product owner"
                also: [PO]
                means: "The person who owns the backlog."
                see: "skills/product-ownership"
              - term: "Purchase order"
                also: ["po"]
                means: "Not in this handbook."
                see: "simplicity"
            """);

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal(("glossary.md", 10), (error.Path, error.Line));
        Assert.Contains("'po' is already in the glossary, under 'Product owner'", error.Message, StringComparison.Ordinal);
        Assert.Null(set.Glossary);
    }

    [Theory]
    [InlineData("no-such-chapter", "leads to no chapter")]
    [InlineData("roles/no-such-role", "leads to no role")]
    [InlineData("simplicity#no-such-heading", "names a heading that page does not have. Its headings are: #minimum-viable-product")]
    [InlineData("chapters/simplicity", "names no place")]
    public void A_see_that_leads_nowhere_is_an_error_naming_the_file_and_the_line(string see, string message)
    {
        WithGlossary($"""
              - term: "Minimum viable product"
                means: "The least that tests an idea."
                see: "{see}"
            """);

        var set = _loader.Load(_content.Root);

        var error = Assert.Single(set.Errors);
        Assert.Equal("glossary.md", error.Path);
        Assert.InRange(error.Line, 5, 8);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
