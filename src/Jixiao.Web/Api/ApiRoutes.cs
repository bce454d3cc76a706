namespace Jixiao.Web.Api;

/// <summary>Maps every API group under /api/v1.</summary>
public static class ApiRoutes
{
    public static void MapJixiaoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<CookieCsrfFilter>();
        api.MapSessionApi();
        api.MapOverviewApi();
        api.MapGoalSetApi();
        api.MapIndicatorApi();
        api.MapImportApi();
        api.MapTargetApi();
        api.MapEvaluationApi();
        api.MapWorkbookApi();
        api.MapAuditApi();
        api.MapWorkflowApi();
        api.MapPublicationApi();
        api.MapRegionApi();
    }
}
