using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Handbook.Web.Controllers;

/// <summary>
/// The error pages' antiforgery policy, in place of the global one. When the app re-executes a request
/// to show its error page (a 400, 404 or 429 answering a post, or an exception), the request was judged
/// already and its page must render, token or not; a post sent straight to an error page is checked
/// like any other post.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class ValidateAntiforgeryUnlessReExecutedAttribute : Attribute, IAsyncAuthorizationFilter, IAntiforgeryPolicy, IOrderedFilter
{
    /// <summary>The order of ASP.NET Core's own antiforgery filters, so that this one, closer to the action, is the effective policy.</summary>
    public int Order => 1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this) || IsReExecuted(http) || IsSafe(http.Request.Method))
        {
            return;
        }
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            context.Result = new AntiforgeryValidationFailedResult();
        }
    }

    private static bool IsReExecuted(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
