using System.Security.Cryptography;
using System.Text;
using Handbook.Testing;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

/// <summary>
/// Pages are rendered at import and stored. A new release that renders Markdown differently renders
/// the stored pages again when it starts, though no file changed; one that renders the same leaves
/// the store alone.
/// </summary>
public sealed class ContentRenderingOnUpgrade : IDisposable
{
    private const string OldHtml = "<p>As an older release rendered it.</p>";

    private readonly ContentBuilder _content = Handbooks.TwoParts();
    private readonly HandbookFactory _first;

    public ContentRenderingOnUpgrade()
    {
        _first = new HandbookFactory(_content);
        _first.CreateClient().Dispose();
    }

    public void Dispose()
    {
        _first.Dispose();
        _content.Dispose();
    }

    private async Task InStoreAsync(Func<HandbookDbContext, Task> change)
    {
        using var scope = _first.Services.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<HandbookDbContext>());
    }

    private HandbookFactory Restart() => new HandbookFactory(_content).WithSetting("ConnectionStrings:Handbook", $"Data Source={_first.DatabasePath}");

    [Fact]
    public async Task A_store_rendered_by_a_release_that_rendered_differently_is_rendered_again_at_start_up()
    {
        // The store as the release before this one left it: the same files, hashed by their text alone,
        // and its own rendering of them.
        await InStoreAsync(async db =>
        {
            foreach (var page in await db.Pages.Include(p => p.Headings).ToListAsync())
            {
                page.IntroHtml = OldHtml;
                page.Headings.ForEach(h => h.Html = "");
                page.ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(_content.Root, page.SourcePath)))));
            }
            (await db.ContentStates.SingleAsync()).Version = "0123456789abcdef";
            await db.SaveChangesAsync();
        });

        using var upgraded = Restart();
        var page = await upgraded.CreateClient().GetStringAsync("/chapters/work-with-agility");

        Assert.DoesNotContain(OldHtml, page, StringComparison.Ordinal);
        Assert.Contains("id=\"in-government\"", page, StringComparison.Ordinal);
        using var scope = upgraded.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        Assert.Empty(await db.Pages.Where(p => p.IntroHtml == OldHtml).Select(p => p.Slug).ToListAsync());
        var headings = (await db.Pages.AsNoTracking().Select(p => p.Headings).ToListAsync()).SelectMany(h => h).ToList();
        Assert.NotEmpty(headings);
        Assert.All(headings, h => Assert.NotEqual("", h.Html));
    }

    [Fact]
    public async Task A_restart_of_a_release_that_renders_the_same_renders_nothing_again()
    {
        // Only the HTML is touched: the hashes and the version say the store is this release's own.
        await InStoreAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "work-with-agility");
            page.IntroHtml = OldHtml;
            await db.SaveChangesAsync();
        });

        using var restarted = Restart();
        var page = await restarted.CreateClient().GetStringAsync("/chapters/work-with-agility");

        Assert.Contains(OldHtml, page, StringComparison.Ordinal);
    }
}
