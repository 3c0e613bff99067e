using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Health;

/// <summary>
/// <c>/healthz</c>: 200 once the store holds a synced version of the content, with that version and
/// any content errors; 503 before.
/// </summary>
public static class HealthEndpoint
{
    public sealed record HealthReport(string Status, string? ContentVersion, DateTimeOffset? SyncedAt, IReadOnlyList<HealthContentError> ContentErrors);

    public sealed record HealthContentError(string Path, int Line, string Message);

    public static void MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/healthz", async (HandbookDbContext db, CancellationToken cancellationToken) =>
        {
            var state = await db.ContentStates.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            if (state is null)
            {
                return Results.Json(new HealthReport("starting", null, null, []), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            var errors = await db.ContentIssues.AsNoTracking()
                .OrderBy(i => i.Id)
                .Select(i => new HealthContentError(i.Path, i.Line, i.Message))
                .ToListAsync(cancellationToken);
            return Results.Json(new HealthReport(errors.Count == 0 ? "ready" : "ready-with-content-errors", state.Version, state.SyncedAt, errors));
        });
}
