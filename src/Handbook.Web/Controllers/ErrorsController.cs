using Handbook.Web.Http;
using System.Diagnostics;
using System.Globalization;
using Handbook.Web.Data;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

/// <summary>The pages shown for an unknown address, a rejected request, too many requests and an unexpected error.</summary>
[ApiExplorerSettings(IgnoreApi = true), ValidateAntiforgeryUnlessReExecuted]
public sealed partial class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    /// <remarks>
    /// The status is read from the route by hand, with no parameter to bind: a re-executed post keeps
    /// its form, and binding any parameter reads that form first, so a form that cannot be read (a NUL,
    /// a value over the limit) would turn a 400 or a 429 into a 500.
    /// </remarks>
    [Route("/error/{statusCode:int}")]
    public IActionResult Show()
    {
        var statusCode = int.TryParse(RouteData.Values["statusCode"] as string, CultureInfo.InvariantCulture, out var code) ? code : 0;
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status500InternalServerError;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && StoreUnavailable.Is(error))
        {
            // Not a fault in the page: the store is down or out of connections for now.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = StoreUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        Response.Headers.Remove("ETag");
        var (view, meta) = Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("NotFound", new PageMeta("Page not found", "There is no page at this address.")),
            StatusCodes.Status429TooManyRequests => ("TooManyRequests", new PageMeta("Too many requests", "Wait a minute, then try again.")),
            StatusCodes.Status413PayloadTooLarge => ("TooLarge", new PageMeta("The form was too large to send", "Shorten what you typed and try again.")),
            >= 400 and < 500 => ("BadRequest", new PageMeta("The form could not be sent", "Go back, reload the page and try again.")),
            StatusCodes.Status503ServiceUnavailable => ("Unavailable", new PageMeta("Sorry, the service is unavailable", "Try again in a few minutes.")),
            _ => ("ServerError", new PageMeta("Sorry, there is a problem", "Something went wrong on our side.")),
        };
        if (Response.StatusCode is not (StatusCodes.Status404NotFound or < 400 or >= 500))
        {
            // Rejected posts (a bad token, an unreadable or oversized form, too many requests) say who and where.
            var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
            LogRejected(logger, Response.StatusCode, Request.Method, original?.OriginalPath ?? Request.Path.Value,
                ClientAddress.PartitionKey(HttpContext.Connection.RemoteIpAddress));
        }
        // Shown at the address that failed: the page is not at /error/404, nor anywhere else.
        return View(view, new ErrorViewModel(meta with { HasAddress = false }, Response.StatusCode, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered {Status} to {Method} {Path} from {Client}")]
    private static partial void LogRejected(ILogger logger, int status, string method, string? path, string client);
}
