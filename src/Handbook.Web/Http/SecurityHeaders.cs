namespace Handbook.Web.Http;

/// <summary>
/// Headers on every response that keep the site from being framed, sniffed or made to run script
/// it did not serve: the pages use no inline style and one inline script, allowed by its hash
/// (<see cref="InlineScript"/>), so the policy needs no 'unsafe-inline'.
/// </summary>
public static class SecurityHeaders
{
    public static readonly string ContentSecurityPolicy =
        $"default-src 'self'; script-src 'self' {InlineScript.PolicySource}; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Set as the response starts, so that error pages (whose handler clears the headers) carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(AddHeaders, context.Response);
        return next(context);
    });

    /// <summary>The headers set on every response (so a cached page need not keep them).</summary>
    public static readonly IReadOnlyList<string> Names =
        ["Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Permissions-Policy"];

    // Static, with the response as its state: nothing is allocated for it on each request.
    private static readonly Func<object, Task> AddHeaders = state =>
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return Task.CompletedTask;
    };
}
