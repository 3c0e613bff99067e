using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Handbook.Testing;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

/// <summary>Every suggestion acknowledged to a reader is stored, under load and across a crash.</summary>
public sealed partial class NothingLost : IDisposable
{
    private readonly ContentBuilder _content = Handbooks.TwoParts();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task The_database_runs_in_wal_mode_with_a_busy_timeout()
    {
        using var app = new HandbookFactory(_content);
        app.CreateClient();

        using var scope = app.Services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Database;
        Assert.Equal("wal", await database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        Assert.Equal(5000, await database.SqlQueryRaw<int>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
    }

    [Fact]
    public async Task Two_hundred_concurrent_posts_are_all_stored()
    {
        using var app = new HandbookFactory(_content).WithSetting("Handbook:Suggestions:PerMinute", "1000");
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = Forms.Values(await FormAsync(client));

        var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(async i =>
        {
            var fields = new Dictionary<string, string>(form) { ["Text"] = $"Suggestion {i}" };
            using var response = await client.PostAsync("/suggest", new FormUrlEncodedContent(fields));
            return response.StatusCode;
        }));

        Assert.All(responses, status => Assert.Equal(HttpStatusCode.Redirect, status));
        using var scope = app.Services.CreateScope();
        var texts = await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.Select(s => s.Text).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"Suggestion {i}").Order(), texts.Order());
    }

    [Fact]
    public async Task Every_acknowledged_suggestion_survives_the_process_being_killed()
    {
        var folder = Directory.CreateTempSubdirectory("handbook-kill-").FullName;
        var database = Path.Combine(folder, "handbook.db");
        using var server = StartServer(database);
        try
        {
            var baseUrl = await ListeningUrlAsync(server);
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(baseUrl) };
            var form = Forms.Values(await FormAsync(client));

            var acknowledged = await Task.WhenAll(Enumerable.Range(1, 40).Select(async i =>
            {
                using var response = await client.PostAsync("/suggest", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["Text"] = $"Crash {i}" }));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                return response.Headers.Location!.OriginalString.Split('?')[0].Split('/').Last();
            }));
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();

            await using var connection = new SqliteConnection($"Data Source={database}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Reference FROM Suggestions";
            var stored = new HashSet<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    stored.Add(reader.GetString(0));
                }
            }
            Assert.NotEmpty(acknowledged);
            Assert.All(acknowledged, reference => Assert.Contains(reference, stored));
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlFormElement> FormAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/suggest?page=%2Fchapters%2Flicence");
        return (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/suggest']")!;
    }

    /// <summary>The app in a process of its own, on a free port on 127.0.0.1, so that it can be killed.</summary>
    private Process StartServer(string database)
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Handbook"] = $"Data Source={database}";
        start.Environment["Handbook__ContentPath"] = _content.Root;
        start.Environment["Handbook__WatchContent"] = "false";
        start.Environment["Handbook__Suggestions__PerMinute"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        return Process.Start(start)!;
    }

    private static async Task<string> ListeningUrlAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }
        throw new InvalidOperationException("The server stopped before it listened: " + await server.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
