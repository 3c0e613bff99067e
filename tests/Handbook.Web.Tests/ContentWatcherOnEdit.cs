using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class ContentWatcherOnEdit : IDisposable
{
    private readonly HandbookFactory _app = new HandbookFactory(Handbooks.TwoParts())
        .WithSetting("Handbook:WatchContent", "true")
        .WithSetting("Handbook:WatchDelayMilliseconds", "50");

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task An_edited_file_is_served_without_a_restart()
    {
        var client = _app.CreateClient();
        await client.GetDocumentAsync("/chapters/licence");

        _app.Content.WithChapter("preface", 2, "licence", "Licence", body: "Edited while running.");

        var deadline = DateTime.UtcNow.AddSeconds(15);
        string text;
        do
        {
            await Task.Delay(100);
            text = (await client.GetDocumentAsync("/chapters/licence")).QuerySelector(".hb-prose")!.Text();
        }
        while (!text.Contains("Edited while running.", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("Edited while running.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_watching_off_an_edit_is_served_only_after_a_sync()
    {
        using var content = Handbooks.TwoParts();
        using var app = new HandbookFactory(content)
            .WithSetting("Handbook:WatchContent", "false")
            .WithSetting("Handbook:WatchDelayMilliseconds", "50");
        var client = app.CreateClient();
        await client.GetDocumentAsync("/chapters/licence");

        content.WithChapter("preface", 2, "licence", "Licence", body: "Edited while running.");
        // Forty times the delay a watcher would wait before it synced.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.DoesNotContain("Edited while running.", (await client.GetDocumentAsync("/chapters/licence")).QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
        await app.SyncAsync();
        Assert.Contains("Edited while running.", (await client.GetDocumentAsync("/chapters/licence")).QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
    }
}
