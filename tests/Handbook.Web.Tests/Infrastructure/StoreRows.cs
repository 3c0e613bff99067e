using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>
/// The store's content rows as one string: every page with its headings and the ids of its reading
/// items (rewritten rows get new ids), and the content state.
/// </summary>
public static class StoreRows
{
    public static async Task<string> ReadAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Slug, p.Title, p.IntroHtml, p.LastUpdated,
                p.Headings,
                Reading = p.ReadingItems.OrderBy(r => r.Id).Select(r => r.Id).ToList(),
            })
            .ToListAsync();
        var state = await db.ContentStates.AsNoTracking().SingleAsync();
        return string.Join('\n', pages.Select(p => $"{p.Id}|{p.Slug}|{p.Title}|{p.IntroHtml}|{p.LastUpdated:O}|{string.Join(',', p.Headings.Select(h => h.Anchor + "=" + h.Html.GetHashCode(StringComparison.Ordinal)))}|{string.Join(',', p.Reading)}"))
            + $"\n{state.Version}|{state.SyncedAt:O}";
    }
}
