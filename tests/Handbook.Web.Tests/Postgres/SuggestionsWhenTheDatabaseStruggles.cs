using System.Net;
using AngleSharp.Html.Dom;
using Handbook.Testing;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Handbook.Web.Tests.Postgres;

/// <summary>
/// Two instances on a PostgreSQL server of their own with room for 20 connections (its default is
/// 100): readers post at once, and the server goes away and comes back. Every suggestion is stored,
/// or its reader gets the form back with their text and a 503; none is answered 500.
/// </summary>
public sealed class SuggestionsWhenTheDatabaseStruggles(ITestOutputHelper output) : IAsyncLifetime
{
    private const int ServerConnections = 20;

    private readonly ContentBuilder _content = Handbooks.TwoParts();
    private PostgresCluster _server = null!;
    private HandbookFactory _a = null!;
    private HandbookFactory _b = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresCluster.StartAsync(ServerConnections);
        var database = await _server.CreateDatabaseAsync();
        _a = Instance(database);
        _b = Instance(database);
        _a.CreateClient().Dispose();
        _b.CreateClient().Dispose();
    }

    // Two instances of 8 connections each stay under the server's 20, less its 3 kept for superusers.
    private HandbookFactory Instance(string database) => new HandbookFactory(_content)
        .WithSetting("Handbook:Database", "Postgres")
        .WithSetting("ConnectionStrings:Handbook", database)
        .WithSetting("Handbook:DatabaseConnections", "8")
        .WithSetting("Handbook:Suggestions:PerMinute", "100000");

    public async Task DisposeAsync()
    {
        _a?.Dispose();
        _b?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _content.Dispose();
    }

    private sealed record Reader(HttpClient Client, Dictionary<string, string> Form);

    private static async Task<Reader> ReaderOnAsync(HandbookFactory instance)
    {
        var client = instance.CreateClient(new() { AllowAutoRedirect = false });
        return new Reader(client, await client.FormValuesAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest"));
    }

    private enum Outcome { Stored, KeptWithTheForm, Failed }

    private static async Task<Outcome> PostAsync(Reader reader, string text)
    {
        var fields = new Dictionary<string, string>(reader.Form) { ["Text"] = text };
        using var response = await reader.Client.PostAsync("/suggest", new FormUrlEncodedContent(fields));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return Outcome.Stored;
        }
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable || response.Headers.RetryAfter is null)
        {
            return Outcome.Failed;
        }
        var page = await response.DocumentAsync();
        var kept = (page.QuerySelector("textarea[name=Text]") as IHtmlTextAreaElement)?.Value == text
            && page.QuerySelector(".govuk-error-summary") is not null;
        return kept ? Outcome.KeptWithTheForm : Outcome.Failed;
    }

    private async Task<List<string>> StoredTextsAsync()
    {
        using var scope = _a.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.Select(s => s.Text).ToListAsync();
    }

    private void Report(string what, IReadOnlyCollection<Outcome> outcomes) => output.WriteLine(
        $"{what}: {outcomes.Count(o => o == Outcome.Stored)} stored, {outcomes.Count(o => o == Outcome.KeptWithTheForm)} answered 503 with the form kept, " +
        $"{outcomes.Count(o => o == Outcome.Failed)} failed");

    [PostgresFact]
    public async Task Two_hundred_posts_at_once_across_two_instances_are_all_stored_without_running_the_server_out_of_connections()
    {
        var readers = new[] { await ReaderOnAsync(_a), await ReaderOnAsync(_b) };
        var texts = Enumerable.Range(0, 200).Select(i => $"Suggestion number {i}.").ToList();

        var outcomes = await Task.WhenAll(texts.Select((text, i) => Task.Run(() => PostAsync(readers[i % 2], text))));

        Report("200 posts at once", outcomes);
        Assert.DoesNotContain(Outcome.Failed, outcomes);
        // The pools wait for a free connection rather than open more than the server has: all are stored.
        Assert.All(outcomes, o => Assert.Equal(Outcome.Stored, o));
        Assert.Equal(texts.Order(), (await StoredTextsAsync()).Order());
    }

    [PostgresFact]
    public async Task Posts_while_the_server_stops_and_starts_again_are_each_stored_or_given_back_and_the_site_recovers()
    {
        var reader = await ReaderOnAsync(_a);
        var client = reader.Client;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/chapters/licence")).StatusCode);
        var outcomes = new List<(string Text, Outcome Outcome)>();
        async Task PostSomeAsync(string stage)
        {
            var texts = Enumerable.Range(0, 10).Select(i => $"{stage} suggestion {i}.").ToList();
            var results = await Task.WhenAll(texts.Select(text => PostAsync(reader, text)));
            outcomes.AddRange(texts.Zip(results));
        }

        await PostSomeAsync("Before");
        var stopping = _server.HaltAsync();
        await PostSomeAsync("Stopping");
        await stopping;
        await PostSomeAsync("Stopped");

        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("database-unreachable", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // A page already rendered is still read.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/chapters/licence")).StatusCode);
        using (var unrendered = await client.GetAsync("/chapters/introduction"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unrendered.StatusCode);
            Assert.Contains("Sorry, the service is unavailable", await unrendered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await _server.ResumeAsync();
        var recovered = await HealthyWithinAsync(client, TimeSpan.FromSeconds(30));
        await PostSomeAsync("After");

        Report("40 posts as the server stops and starts", outcomes.Select(o => o.Outcome).ToList());
        Assert.True(recovered, "/healthz did not report ready once the server was back");
        Assert.DoesNotContain(outcomes, o => o.Outcome == Outcome.Failed);
        Assert.Contains(outcomes, o => o.Outcome == Outcome.KeptWithTheForm);
        Assert.All(outcomes.Where(o => o.Text.StartsWith("Stopped", StringComparison.Ordinal)), o => Assert.Equal(Outcome.KeptWithTheForm, o.Outcome));
        Assert.All(outcomes.Where(o => o.Text.StartsWith("After", StringComparison.Ordinal)), o => Assert.Equal(Outcome.Stored, o.Outcome));
        // Stored exactly when answered so: nothing half-stored, nothing stored twice.
        Assert.Equal(outcomes.Where(o => o.Outcome == Outcome.Stored).Select(o => o.Text).Order(), (await StoredTextsAsync()).Order());
    }

    private static async Task<bool> HealthyWithinAsync(HttpClient client, TimeSpan limit)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            using var health = await client.GetAsync("/healthz");
            if (health.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }
}
