namespace Handbook.Web.Http;

/// <summary>
/// Link checkers and chat tools ask with HEAD: each is answered as its GET is, with the headers and
/// no body, so that every page (and the page cache) has one path for both.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }
        return next(context);
    });
}
