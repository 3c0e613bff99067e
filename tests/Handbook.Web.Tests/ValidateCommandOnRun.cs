using Handbook.Web.Commands;
using Handbook.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Handbook.Web.Tests;

public sealed class ValidateCommandOnRun : IDisposable
{
    private readonly ContentBuilder _content = new ContentBuilder()
        .WithPart(1, "preface", "Preface")
        .WithChapter("preface", 1, "introduction", "Introduction");

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Valid_content_exits_zero_and_says_what_it_read()
    {
        var (exitCode, output) = Run();

        Assert.Equal(0, exitCode);
        Assert.Contains("is valid: 1 parts, 1 chapters", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_content_exits_non_zero_naming_file_and_line()
    {
        _content.WithChapter("preface", 2, "licence", "Licence", body: "See [x](/chapters/missing).");

        var (exitCode, output) = Run();

        Assert.Equal(1, exitCode);
        Assert.Contains($"{_content.ChapterPath("preface", 2, "licence")}:7: The link to '/chapters/missing' leads to no chapter", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  user-focus: wizard\n", "roles/01-product-manager.md:8: Unknown level 'wizard' for 'user-focus'")]
    [InlineData("  user-focus: working\n  juggling: expert\n", "roles/01-product-manager.md:9: Unknown skill 'juggling'")]
    [InlineData("  user-focus: working\nchapters: [introduction, no-such-chapter]\n", "roles/01-product-manager.md:9: Unknown chapter 'no-such-chapter'")]
    public void Bad_role_data_exits_non_zero_naming_file_and_line(string skillsAndMore, string expected)
    {
        _content.WithSkill(1, "user-focus", "User focus")
            .WithFile("roles/01-product-manager.md",
                "---\ntitle: \"Product Manager\"\nslug: product-manager\norder: 1\nstage: product-management\nsummary: \"Owns a product.\"\nskills:\n"
                + skillsAndMore + "---\nText.\n");

        var (exitCode, output) = Run();

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_role_in_a_chapter_exits_non_zero_naming_file_and_line()
    {
        _content.WithChapter("preface", 2, "licence", "Licence", frontMatter: "roles: [chief-wizard]");

        var (exitCode, output) = Run();

        Assert.Equal(1, exitCode);
        Assert.Contains($"{_content.ChapterPath("preface", 2, "licence")}:6: Unknown role 'chief-wizard'", output, StringComparison.Ordinal);
    }

    private (int ExitCode, string Output) Run()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Handbook:ContentPath"] = _content.Root })
            .Build();
        var environment = new TestEnvironment { ContentRootPath = Path.GetTempPath() };
        using var output = new StringWriter();
        var exitCode = ValidateCommand.Run(configuration, environment, output);
        return (exitCode, output.ToString());
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Handbook.Web";
        public required string ContentRootPath { get; set; }
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
