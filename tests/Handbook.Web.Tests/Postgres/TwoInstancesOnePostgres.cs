using System.Net;
using Handbook.Testing;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests.Postgres;

/// <summary>
/// Two app instances behind an imagined load balancer, sharing one PostgreSQL database and one
/// content folder: what one issues, the other accepts; what one stores, the other shows.
/// </summary>
public sealed class TwoInstancesOnePostgres : IAsyncLifetime
{
    private readonly ContentBuilder _content = Handbooks.TwoParts();
    private TestDatabase _database = null!;
    private HandbookFactory _a = null!;
    private HandbookFactory _b = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _a = Instance();
        _b = Instance();
        // Both start at once on an empty database: one migrates and imports, the other waits.
        await Task.WhenAll(Task.Run(() => _a.CreateClient()), Task.Run(() => _b.CreateClient()));
    }

    private HandbookFactory Instance() => PostgresServer.Instance(_content, _database)
        .WithSetting("Handbook:Suggestions:PerMinute", "1000")
        .WithSetting("Handbook:VersionCheckSeconds", "1");

    public async Task DisposeAsync()
    {
        _a?.Dispose();
        _b?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        _content.Dispose();
    }

    /// <summary>A client of each instance sharing one cookie jar, as one browser behind a load balancer.</summary>
    private (HttpClient OnA, HttpClient OnB) OneBrowser()
    {
        var cookies = new CookieContainer();
        return (_a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)),
            _b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
    }

    private async Task<T> InStoreAsync<T>(Func<HandbookDbContext, Task<T>> query)
    {
        using var scope = _a.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<HandbookDbContext>());
    }

    [PostgresFact]
    public async Task Instances_starting_together_migrate_import_and_make_a_key_once()
    {
        var applied = await InStoreAsync(db => db.Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY 1").ToListAsync());
        var all = await InStoreAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
        var pages = await InStoreAsync(db => db.Pages.CountAsync());
        var keys = await InStoreAsync(db => db.DataProtectionKeys.CountAsync());

        Assert.Equal(all, applied);
        Assert.Equal(5, pages);
        Assert.Equal(1, keys);
        Assert.Equal(HttpStatusCode.OK, (await _a.CreateClient().GetAsync("/chapters/licence")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _b.CreateClient().GetAsync("/chapters/licence")).StatusCode);
    }

    [PostgresFact]
    public async Task A_suggestion_posted_to_one_instance_with_the_form_from_the_other_is_accepted()
    {
        var (onA, onB) = OneBrowser();
        var fields = await onA.FormValuesAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest");
        fields["Text"] = "Name the licence in full.";

        using var response = await onB.PostAsync("/suggest", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Name the licence in full."], await InStoreAsync(db => db.Suggestions.Select(s => s.Text).ToListAsync()));
    }

    [PostgresFact]
    public async Task A_moderator_signed_in_on_one_instance_sees_on_the_other_a_suggestion_posted_there()
    {
        await _a.AddModeratorAsync();
        var (onA, onB) = OneBrowser();
        using (var signIn = await onA.SubmitAsync("/admin/sign-in", "/admin/sign-in",
                   new Dictionary<string, string> { ["Email"] = Moderators.Email, ["Password"] = Moderators.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var reader = _b.CreateClient(new() { AllowAutoRedirect = false });
        using (var posted = await reader.SubmitAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest",
                   new Dictionary<string, string> { ["Text"] = "Posted to instance B." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        using var queue = await onB.GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("Posted to instance B.", (await queue.DocumentAsync()).QuerySelector("table.hb-queue")!.TextContent, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task An_edit_rehearsed_by_one_instance_leaves_the_store_as_it_was()
    {
        var before = await StoreRows.ReadAsync(_a.Services);

        await _a.Services.GetRequiredService<ContentSync>().RehearseEditAsync();

        Assert.Equal(before, await StoreRows.ReadAsync(_a.Services));
    }

    [PostgresFact]
    public async Task A_content_change_on_disk_is_served_by_both_instances_after_their_sync()
    {
        var (onA, onB) = OneBrowser();
        Assert.Contains("Licence", await onA.GetStringAsync("/chapters/licence"), StringComparison.Ordinal);
        Assert.Contains("Licence", await onB.GetStringAsync("/chapters/licence"), StringComparison.Ordinal);
        _content.WithChapter("preface", 2, "licence", "Licence and reuse", frontMatter: "aliases: [sharing]");

        // Both watchers fire at once: the imports take turns, and the second finds nothing to do.
        var results = await Task.WhenAll(_a.SyncAsync(), _b.SyncAsync());

        Assert.Equal([0, 1], results.Select(r => r.Updated).Order());
        Assert.Contains("Licence and reuse", await onA.GetStringAsync("/chapters/licence"), StringComparison.Ordinal);
        Assert.Contains("Licence and reuse", await onB.GetStringAsync("/chapters/licence"), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task An_import_by_one_instance_reaches_the_cached_pages_of_the_other()
    {
        var onB = _b.CreateClient();
        Assert.DoesNotContain("Licence and reuse", await onB.GetStringAsync("/chapters/licence"), StringComparison.Ordinal);
        _content.WithChapter("preface", 2, "licence", "Licence and reuse", frontMatter: "aliases: [sharing]");

        await _a.SyncAsync();

        // B has not synced: its version check (every second here) sees the store's new version.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await onB.GetStringAsync("/chapters/licence")).Contains("Licence and reuse", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "instance B still serves the old page 15 s after A imported the new one");
            await Task.Delay(200);
        }
    }

    [PostgresFact]
    public async Task Two_hundred_concurrent_posts_split_across_both_instances_are_all_stored()
    {
        var (onA, onB) = OneBrowser();
        var fields = await onA.FormValuesAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest");

        var statuses = await Task.WhenAll(Enumerable.Range(1, 200).Select(async i =>
        {
            var client = i % 2 == 0 ? onA : onB;
            using var response = await client.PostAsync("/suggest", new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["Text"] = $"Suggestion {i}" }));
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Redirect, status));
        var texts = await InStoreAsync(db => db.Suggestions.Select(s => s.Text).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"Suggestion {i}").Order(), texts.Order());
    }
}
