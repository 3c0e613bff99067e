using System.Net;
using System.Text.Json;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

public sealed class ContentSyncOnChange : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task An_added_file_becomes_a_page()
    {
        var client = _app.CreateClient();
        _app.Content.WithChapter("preface", 3, "about-the-author", "About the author");

        var result = await _app.SyncAsync();

        Assert.Equal((1, 0, 0), (result.Added, result.Updated, result.Removed));
        var page = await client.GetDocumentAsync("/chapters/about-the-author");
        Assert.Equal("1.3 About the author", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Hundreds_of_chapters_are_imported_in_batches_each_stored_and_searchable()
    {
        var client = _app.CreateClient();
        for (var i = 1; i <= 600; i++)
        {
            _app.Content.WithChapter("preface", 10 + i, $"generated-{i}", $"Generated {i}", body: $"## Part {i}\n\nWord{i} appears here only.");
        }

        var result = await _app.SyncAsync();

        Assert.Equal(600, result.Added);
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        Assert.Equal(600, await db.Pages.CountAsync(p => p.Slug.StartsWith("generated-")));
        var generated = await db.Pages.AsNoTracking().Where(p => p.Slug.StartsWith("generated-")).Select(p => p.Headings).ToListAsync();
        Assert.Equal(600, generated.Count(h => h.Single().Text.StartsWith("Part ", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(1, await db.Pages.CountAsync()), await db.Pages.OrderBy(p => p.Sequence).Select(p => p.Sequence).ToListAsync());
        foreach (var i in new[] { 1, 250, 251, 500, 600 })
        {
            var found = await client.GetDocumentAsync($"/search?q=word{i}");
            Assert.Equal($"/chapters/generated-{i}#part-{i}", found.QuerySelector(".hb-search-result__title a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task A_changed_file_updates_its_page_and_only_its_page()
    {
        var client = _app.CreateClient();
        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Now under new terms.", frontMatter: "aliases: [sharing]");

        var result = await _app.SyncAsync();

        Assert.Equal((0, 1, 0), (result.Added, result.Updated, result.Removed));
        var page = await client.GetDocumentAsync("/chapters/licence");
        Assert.Contains("Now under new terms.", page.QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_file_with_the_same_text_keeps_its_page_date_place_and_sections()
    {
        var client = _app.CreateClient();
        var before = await StoredPage("licence");
        var old = _app.Content.ChapterPath("preface", 2, "licence");
        var text = await File.ReadAllTextAsync(_app.Content.FullPath(old));
        _app.Content.WithFile(old.Replace("02-licence.md", "02-the-licence.md", StringComparison.Ordinal), text).Delete(old);

        var result = await _app.SyncAsync();

        Assert.Equal((0, 1, 0), (result.Added, result.Updated, result.Removed));
        var after = await StoredPage("licence");
        Assert.Equal(before with { SourcePath = after.SourcePath }, after);
        Assert.EndsWith("02-the-licence.md", after.SourcePath, StringComparison.Ordinal);
        var introduction = await client.GetDocumentAsync("/chapters/introduction");
        Assert.Equal("/chapters/licence", introduction.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    private async Task<StoredChapter> StoredPage(string slug)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        var page = await db.Pages.AsNoTracking().SingleAsync(p => p.Slug == slug);
        return new StoredChapter(page.Id, page.Sequence, page.LastUpdated, page.Title, page.IntroHtml, page.SourcePath,
            string.Join('|', page.Headings.Select(h => h.Anchor)));
    }

    private sealed record StoredChapter(int Id, int Sequence, DateOnly? LastUpdated, string Title, string Html, string SourcePath, string Headings);

    [Fact]
    public async Task A_deleted_file_removes_its_page_and_mends_the_reading_order()
    {
        var client = _app.CreateClient();
        _app.Content.Delete(_app.Content.ChapterPath("preface", 2, "licence"));

        var result = await _app.SyncAsync();

        Assert.Equal((0, 0, 1), (result.Added, result.Updated, result.Removed));
        using var response = await client.GetAsync("/chapters/licence");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var introduction = await client.GetDocumentAsync("/chapters/introduction");
        Assert.Equal("/chapters/associate-product-manager-role", introduction.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_second_sync_of_the_same_tree_changes_nothing()
    {
        _app.CreateClient();
        var before = await Snapshot();

        var result = await _app.SyncAsync();

        Assert.Equal((0, 0, 0), (result.Added, result.Updated, result.Removed));
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_sync_of_an_unchanged_tree_reads_the_stored_version_and_writes_nothing()
    {
        var commands = new CommandLog();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(commands)));
        app.CreateClient();
        commands.Clear();

        var result = await app.Services.GetRequiredService<ContentSync>().SyncAsync();

        Assert.Equal((0, 0, 0), (result.Added, result.Updated, result.Removed));
        Assert.DoesNotContain(commands.Texts, t => t.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || t.TrimStart().StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || t.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));
        Assert.InRange(commands.Texts.Count, 1, 3);
    }

    [Fact]
    public async Task A_sync_after_a_chapter_edit_reads_no_role_or_skill_whole()
    {
        var commands = new CommandLog();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(commands)));
        app.CreateClient();
        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Now under new terms.");
        commands.Clear();

        var result = await app.Services.GetRequiredService<ContentSync>().SyncAsync();

        Assert.Equal((0, 1, 0), (result.Added, result.Updated, result.Removed));
        Assert.Contains(commands.Texts, t => t.Contains("FROM \"Skills\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands.Texts, t => (t.Contains("FROM \"Skills\"", StringComparison.Ordinal) || t.Contains("FROM \"Roles\"", StringComparison.Ordinal))
            && t.Contains("\"Html\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rehearsing_an_edit_writes_a_chapter_and_leaves_the_store_as_it_was()
    {
        var commands = new CommandLog();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(commands)));
        app.CreateClient();
        var before = await StoreRows.ReadAsync(app.Services);
        commands.Clear();

        await app.Services.GetRequiredService<ContentSync>().RehearseEditAsync();

        Assert.Contains(commands.Texts, t => t.Contains("UPDATE \"Pages\"", StringComparison.Ordinal));
        Assert.Equal(before, await StoreRows.ReadAsync(app.Services));
    }

    [Fact]
    public async Task A_broken_file_keeps_its_last_good_page_and_is_reported_with_file_and_line()
    {
        var client = _app.CreateClient();
        var path = _app.Content.ChapterPath("preface", 2, "licence");
        _app.Content.WithFile(path, "---\ntitle: \"Licence\"\nslug: licence\norder: 2: two\nsummary: \"x\"\n---\nBroken.\n");

        await _app.SyncAsync();

        var page = await client.GetDocumentAsync("/chapters/licence");
        Assert.DoesNotContain("Broken.", page.QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_link_to_a_missing_chapter_keeps_the_last_good_page()
    {
        var client = _app.CreateClient();
        _app.Content.WithChapter("preface", 1, "introduction", "Introduction", body: "Now see [gone](/chapters/gone).");

        await _app.SyncAsync();

        var page = await client.GetDocumentAsync("/chapters/introduction");
        Assert.Contains("Welcome.", page.QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal((_app.Content.ChapterPath("preface", 1, "introduction"), 7), (error.GetProperty("path").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains("'/chapters/gone' leads to no chapter", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_file_with_a_slug_in_use_is_reported_at_its_slug_line_and_the_original_page_stays()
    {
        var client = _app.CreateClient();
        var before = await client.GetStringAsync("/chapters/licence");
        // The newcomer sorts before the original, so file order alone would hand it the slug.
        const string Newcomer = "01-preface/00-licence-copy.md";
        _app.Content.WithFile(Newcomer, "---\ntitle: \"A copy\"\norder: 9\nsummary: \"A copy.\"\nslug: licence\n---\nThe copy's text.\n");

        var result = await _app.SyncAsync();

        Assert.Equal((0, 0, 0), (result.Added, result.Updated, result.Removed));
        Assert.Equal(before, await client.GetStringAsync("/chapters/licence"));
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal((Newcomer, 5), (error.GetProperty("path").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains($"already used by {_app.Content.ChapterPath("preface", 2, "licence")}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_content_folder_keeps_every_page_and_is_reported_naming_the_folder()
    {
        var client = _app.CreateClient();
        var renamed = _app.Content.Root + "-renamed";
        Directory.Move(_app.Content.Root, renamed);
        try
        {
            var result = await _app.SyncAsync();

            Assert.Equal((0, 0, 0), (result.Added, result.Updated, result.Removed));
            Assert.Equal("1.2 Licence", (await client.GetDocumentAsync("/chapters/licence")).QuerySelector("h1")!.Text());
            Assert.Equal(5, (await client.GetDocumentAsync("/contents")).QuerySelectorAll(".hb-toc__chapter").Length);
            await client.GetDocumentAsync("/roles/product-manager");
            await client.GetDocumentAsync("/skills/user-focus");
            using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
            var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
            Assert.Equal(_app.Content.Root, error.GetProperty("path").GetString());
            Assert.Contains($"The content folder {_app.Content.Root} does not exist", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Move(renamed, _app.Content.Root);
        }
    }

    [Fact]
    public async Task A_content_folder_that_comes_back_clears_its_error_and_changes_nothing()
    {
        var client = _app.CreateClient();
        var before = await Snapshot();
        var renamed = _app.Content.Root + "-renamed";
        Directory.Move(_app.Content.Root, renamed);
        await _app.SyncAsync();
        Directory.Move(renamed, _app.Content.Root);

        var result = await _app.SyncAsync();

        Assert.Equal((0, 0, 0), (result.Added, result.Updated, result.Removed));
        Assert.Equal(before, await Snapshot());
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        Assert.Empty(health.RootElement.GetProperty("contentErrors").EnumerateArray());
    }

    [Fact]
    public async Task An_emptied_content_folder_keeps_every_page_and_is_reported()
    {
        var client = _app.CreateClient();
        foreach (var folder in Directory.GetDirectories(_app.Content.Root))
        {
            Directory.Delete(folder, recursive: true);
        }

        var result = await _app.SyncAsync();

        Assert.Equal(0, result.Removed);
        await client.GetDocumentAsync("/chapters/licence");
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal(_app.Content.Root, error.GetProperty("path").GetString());
        Assert.Contains("holds no parts, roles or skills", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixing_a_broken_file_clears_its_error()
    {
        var client = _app.CreateClient();
        var path = _app.Content.ChapterPath("preface", 2, "licence");
        _app.Content.WithFile(path, "---\ntitle: [\n---\n");
        await _app.SyncAsync();
        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Fixed.");

        await _app.SyncAsync();

        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        Assert.Equal("ready", health.RootElement.GetProperty("status").GetString());
        Assert.Empty(health.RootElement.GetProperty("contentErrors").EnumerateArray());
    }

    private async Task<string> Snapshot()
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Id}|{p.Slug}|{p.Sequence}|{p.ContentHash}|{p.LastUpdated:O}|{p.Headings.Count}|{p.ReadingItems.Count}")
            .ToListAsync();
        var state = await db.ContentStates.AsNoTracking().SingleAsync();
        return string.Join('\n', pages) + $"\n{state.Version}|{state.SyncedAt:O}";
    }
}
