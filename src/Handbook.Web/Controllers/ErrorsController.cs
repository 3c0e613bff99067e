using System.Diagnostics;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

/// <summary>The pages shown for an unknown address, a rejected request, too many requests and an unexpected error.</summary>
[ApiExplorerSettings(IgnoreApi = true), ValidateAntiforgeryUnlessReExecuted]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status500InternalServerError;
        Response.Headers.Remove("ETag");
        var (view, meta) = Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("NotFound", new PageMeta("Page not found", "There is no page at this address.")),
            StatusCodes.Status429TooManyRequests => ("TooManyRequests", new PageMeta("Too many requests", "Wait a minute, then try again.")),
            >= 400 and < 500 => ("BadRequest", new PageMeta("The form could not be sent", "Go back, reload the page and try again.")),
            _ => ("ServerError", new PageMeta("Sorry, there is a problem", "Something went wrong on our side.")),
        };
        // Shown at the address that failed: the page is not at /error/404, nor anywhere else.
        return View(view, new ErrorViewModel(meta with { HasAddress = false }, Response.StatusCode, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}
