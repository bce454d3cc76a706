using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jixiao.Data;
using Jixiao.Data.Demo;
using Jixiao.Data.Import;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Diagnostics;
using Jixiao.Web.Api;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Import;
using Jixiao.Web.Features.Language;
using Jixiao.Web.Features.Workflow;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

namespace Jixiao.Web;

/// <summary>How the web app is put together; Program.cs only calls these two methods.</summary>
public static class Startup
{
    public static void AddJixiao(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuditActor, HttpAuditActor>();
        services.AddJixiaoData(builder.Configuration, builder.Environment);
        services.AddJixiaoAccounts();
        services.AddKeyRing(builder.Configuration);
        services.AddJixiaoHealth();
        services.AddProxyHeaders(builder.Configuration);
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            // Every page names its policy (the authorization matrix test checks it): reading needs the department in
            // the user's scope, posting a form needs the right to edit it.
            o.Conventions.AuthorizeFolder("/Overview", Policies.Read);
            o.Conventions.AuthorizeFolder("/Departments", Policies.Work);
            o.Conventions.AuthorizeFolder("/Funds", Policies.Work);
            o.Conventions.AuthorizeFolder("/Indicators", Policies.Work);
            o.Conventions.AuthorizeFolder("/Evaluation", Policies.Work);
            o.Conventions.AuthorizeFolder("/Import", Policies.Edit);
            o.Conventions.AuthorizeFolder("/Workbook", Policies.Edit);
            // Workflow steps are checked by the workflow itself (who holds which capability); seeing the department is enough here.
            o.Conventions.AuthorizeFolder("/Workflow", Policies.Read);
            // 系统管理: administrators only, reading and posting alike.
            o.Conventions.AuthorizeFolder("/Administration", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Regions", Policies.Bureau);
            // Adding and editing an indicator are one form; the "new" route has no indicator id.
            o.Conventions.AddPageRoute("/Indicators/Edit", "departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/new");
        });
        // Chinese text is written as is, not as &#x...; entities: pages stay readable and half the size. Still HTML-encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddUploadLimiter();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        // Uploads are checked again per endpoint (ImportLimits); this stops oversized bodies before they are buffered.
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = ImportLimits.MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = ImportLimits.MaxRequestBytes);
        services.AddRequestLocalization(o =>
        {
            CultureInfo[] cultures = [Cultures.Chinese, Cultures.English];
            o.DefaultRequestCulture = new RequestCulture(Cultures.Chinese);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Only the user's explicit choice (the language switch cookie) changes the language: Chinese first.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
    }

    public static async Task UseJixiaoAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            await DatabaseRegistration.PrepareOnStartAsync(db, app.Configuration, app.Lifetime.ApplicationStopping);
            await KeyRing.PrepareAsync(scope.ServiceProvider, db, app.Logger, app.Lifetime.ApplicationStopping);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(app.Lifetime.ApplicationStopping);
            // Results written around the commands (by an older version, a migration, the seeding) are brought to date.
            await scope.ServiceProvider.GetRequiredService<Jixiao.Data.Rollup.YearResults>().RefreshAsync(db, all: false, app.Lifetime.ApplicationStopping);
            await scope.ServiceProvider.GetRequiredService<Jixiao.Data.Accounts.DemoAccounts>().EndWhenOffAsync(app.Lifetime.ApplicationStopping);
        }
        // First: everything after it (the cookie's Secure flag, redirects, the sign-in limit, logs) sees the client's request.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseTextGuard();
        app.UseRouting();
        // After routing: the sign-in limit is a policy of the sign-in endpoints.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseBearerSessionCheck();
        app.UseAuthorization();
        app.UseWorkflowLock();
        app.UseAntiforgery();
        // The API's description is public; using the API is not.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api", o => o.WithTitle("Jixiao API")).AllowAnonymous();
        app.MapJixiaoHealth();
        app.MapJixiaoApi();
        app.MapRazorPages();
        app.MapLanguageSwitch();
    }
}
