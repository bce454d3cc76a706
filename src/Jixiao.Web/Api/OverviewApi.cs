using System.Security.Claims;
using Jixiao.Data.Accounts;
using Jixiao.Data.Overview;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Overview;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>GET /api/v1/years and /api/v1/years/{year}/departments.</summary>
public static class OverviewApi
{
    public static void MapOverviewApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/years").WithTags("Overview").RequireAuthorization(Policies.Read);
        group.MapGet("/", async (ClaimsPrincipal user, OverviewQuery query, CancellationToken ct) => TypedResults.Ok(await query.YearsAsync(UserAccess.Of(user), ct)))
            .WithSummary("Budget years on file, with how many departments each has.");
        group.MapGet("/{year:int}/departments", DepartmentsAsync)
            .WithSummary("The departments with goals for a year, 50 per page, optionally filtered by name.");
    }

    private static async Task<Ok<DepartmentPage>> DepartmentsAsync(int year, ClaimsPrincipal user, OverviewQuery query, CancellationToken ct, int page = 1, string? search = null) =>
        TypedResults.Ok(await query.DepartmentsAsync(UserAccess.Of(user), year, page, search, ct));
}
