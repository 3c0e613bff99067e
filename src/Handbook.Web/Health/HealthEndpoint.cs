using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Health;

/// <summary>
/// <c>/healthz</c>: 200 once the store holds a synced version of the content, with that version and
/// any content errors; 503 before, with the errors that keep it from holding one, and 503 while the
/// database cannot be reached.
/// </summary>
public static class HealthEndpoint
{
    public sealed record HealthReport(string Status, string? ContentVersion, DateTimeOffset? SyncedAt, IReadOnlyList<HealthContentError> ContentErrors);

    public sealed record HealthContentError(string Path, int Line, string Message);

    public static void MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/healthz", async (HandbookDbContext db, CancellationToken cancellationToken) =>
        {
            ContentState? state;
            List<HealthContentError> errors;
            try
            {
                state = await db.ContentStates.AsNoTracking().Where(s => s.Id == ContentState.SingletonId).FirstOrDefaultAsync(cancellationToken);
                errors = await db.ContentIssues.AsNoTracking()
                    .OrderBy(i => i.Id)
                    .Select(i => new HealthContentError(i.Path, i.Line, i.Message))
                    .ToListAsync(cancellationToken);
            }
            catch (Exception e) when (StoreUnavailable.Is(e))
            {
                // Asked again at the next check: a pool's broken connections are dropped, so it recovers by itself.
                return Results.Json(new HealthReport("database-unreachable", null, null, []), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            if (state is null)
            {
                // Errors found before any content was imported (such as a missing content folder) say why.
                return Results.Json(new HealthReport("starting", null, null, errors), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            return Results.Json(new HealthReport(errors.Count == 0 ? "ready" : "ready-with-content-errors", state.Version, state.SyncedAt, errors));
        });
}
