using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

/// <summary>One app and one signed-in moderator for the export's theory; each row adds a suggestion of its own and reads only its own line.</summary>
public sealed class ExportApp : IAsyncLifetime
{
    public HandbookFactory App { get; } = new(Handbooks.TwoParts());

    public HttpClient Moderator { get; private set; } = null!;

    public async Task InitializeAsync() => Moderator = await App.SignedInClientAsync();

    public Task DisposeAsync()
    {
        App.Dispose();
        App.Content.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class SuggestionCsvExport(ExportApp fixture) : IClassFixture<ExportApp>
{
    /// <summary>What a spreadsheet takes as the start of a formula (OWASP, CSV injection).</summary>
    private static readonly string[] Triggers = ["=", "+", "-", "@", "\t", "\r"];

    /// <summary>The columns whose text comes from readers and moderators.</summary>
    private static readonly string[] FreeTextColumns = ["Suggestion", "Name", "Email", "Moderator note"];

    public static TheoryData<string, string> FreeTextColumnsAndTriggers()
    {
        var rows = new TheoryData<string, string>();
        foreach (var column in FreeTextColumns)
        {
            foreach (var trigger in Triggers)
            {
                rows.Add(column, trigger);
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(FreeTextColumnsAndTriggers))]
    public async Task Every_free_text_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised(string column, string trigger)
    {
        var value = trigger + "cmd|' /C calc'!A0";
        var reference = await StoreAsync(column, value);

        using var response = await fixture.Moderator.GetAsync("/admin/suggestions.csv");

        var record = Csv.Records(await response.Content.ReadAsStringAsync()).Single(r => r["Reference"] == reference);
        Assert.Equal("'" + value, record[column]);
        Assert.All(record, cell => Assert.False(cell.Value.Length > 0 && Triggers.Contains(cell.Value[..1]), $"{cell.Key} starts a formula"));
    }

    /// <summary>
    /// Stored directly, as typed: the form trims names, emails and notes, so a leading tab or return never
    /// comes from it, but the export must be safe for anything the store holds.
    /// </summary>
    private async Task<string> StoreAsync(string column, string value)
    {
        var reference = "HB-T" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant();
        var suggestion = new Suggestion
        {
            Reference = reference,
            PagePath = "/chapters/licence",
            PageTitle = "Licence",
            ContentHash = "",
            Text = column == "Suggestion" ? value : "Plain text.",
            Name = column == "Name" ? value : "Ada",
            Email = column == "Email" ? value : "ada@example.gov.uk",
            ModeratorNote = column == "Moderator note" ? value : "Looked at.",
            Status = SuggestionStatus.Accepted,
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync();
        return reference;
    }
}
