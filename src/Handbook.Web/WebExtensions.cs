using Handbook.Web.Health;

namespace Handbook.Web;

public static class WebExtensions
{
    /// <summary>MVC with the handbook's routes and error pages.</summary>
    public static IServiceCollection AddHandbookWeb(this IServiceCollection services)
    {
        services.AddControllersWithViews();
        services.AddRouting(options => options.LowercaseUrls = true);
        return services;
    }

    public static WebApplication UseHandbookWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthEndpoint();
        app.MapControllers();
        return app;
    }
}
