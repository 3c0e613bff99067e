using System.Diagnostics;
using Handbook.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Handbook.Web.Controllers;

/// <summary>The pages shown for an unknown address and for an unexpected error.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        var meta = statusCode == StatusCodes.Status404NotFound
            ? new PageMeta("Page not found", "There is no page at this address.")
            : new PageMeta("Sorry, there is a problem", "Something went wrong on our side.");
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status500InternalServerError;
        var model = new ErrorViewModel(meta, Response.StatusCode, Activity.Current?.Id ?? HttpContext.TraceIdentifier);
        return View(statusCode == StatusCodes.Status404NotFound ? "NotFound" : "ServerError", model);
    }
}
