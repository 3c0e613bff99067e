using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Handbook.Web.Http;

/// <summary>
/// How much a request may send. The site's largest form, a suggestion, is a few kilobytes: a larger
/// body is answered 413 with a readable page before it is read, and one that turns out larger as it
/// is read (no Content-Length) fails to read, which the form's checks answer 400.
/// </summary>
public static class RequestLimits
{
    /// <summary>The body of any request, in bytes.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>Fields in one form: the suggestion form has nine.</summary>
    public const int MaxFormFields = 64;

    /// <summary>One form value, in bytes: a suggestion is at most 5,000 characters, up to 4 bytes each.</summary>
    public const int MaxFormValueLength = 64 * 1024;

    /// <summary>One form field's name.</summary>
    public const int MaxFormKeyLength = 256;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Not when the error page is shown for the same request (re-executed, its length unchanged).
        if (context.Request.ContentLength > MaxBodyBytes && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }
        return next(context);
    });
}
