using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Rollup;
using Jixiao.Formats.Xlsx;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Regions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Api;

/// <summary>GET /api/v1/regions…: a region's roll-up of a year and the department-years behind its figures (JSON, XLSX).</summary>
public static class RegionApi
{
    private static readonly string[] ExportColumns =
        ["Department", "Code", "Region", "Funds", "Indicators", "MoneyTotal", "MoneyFiscal", "Errors", "Warnings", "GoalsStatus", "ReviewGrade", "SelfEvaluationStatus", "Score", "Grade", "Executed"];

    public static void MapRegionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/regions").WithTags("Regions").RequireAuthorization(Policies.Bureau);
        group.MapGet("/", async (ClaimsPrincipal user, RollupQuery query, CancellationToken ct) => TypedResults.Ok(await query.EntryRegionsAsync(UserAccess.Of(user), ct)))
            .WithSummary("The regions at the top of what the user may open (a reviewer's own region; an administrator's top regions).");
        group.MapGet("/{regionId:int}/years/{year:int}", RollupAsync)
            .WithSummary("区划汇总: the region's totals for the year and the year before, its sub-regions, stage progress, findings by rule, grades and the score histogram (money in 分, scores in hundredths).");
        group.MapGet("/{regionId:int}/years/{year:int}/departments", DepartmentsAsync)
            .WithSummary("The region's department-years with their results, filtered (stage, status, overdue, rule, reviewGrade, grade, band, within, search), sorted (sort, desc), 50 per page.");
        group.MapGet("/{regionId:int}/years/{year:int}/departments/export", ExportAsync)
            .WithSummary("The same list, every row (up to 50,000), as XLSX.");
    }

    private static async Task<Results<Ok<RegionRollup>, ProblemHttpResult>> RollupAsync(int regionId, int year, ClaimsPrincipal user, RollupQuery query, CancellationToken ct) =>
        await query.RollupAsync(UserAccess.Of(user), regionId, year, ct) is { } rollup ? TypedResults.Ok(rollup) : Failure.NotFound("Web.What.Region").ToProblem();

    private static async Task<Results<Ok<RegionDepartmentPage>, ProblemHttpResult>> DepartmentsAsync(
        int regionId, int year, FilterInput input, ClaimsPrincipal user, RollupQuery rollups, RegionDepartmentsQuery query, CancellationToken ct, int page = 1)
    {
        var access = UserAccess.Of(user);
        if (await rollups.RegionAsync(access, regionId, ct) is null)
        {
            return Failure.NotFound("Web.What.Region").ToProblem();
        }
        return input.Invalid is { } invalid
            ? Failure.Invalid(invalid, "Web.RegionList.BadFilter").ToProblem()
            : TypedResults.Ok(await query.PageAsync(access, regionId, year, input.ToFilter(), page, ct));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        int regionId, int year, FilterInput input, ClaimsPrincipal user, RollupQuery rollups, RegionDepartmentsQuery query, UiText text, CancellationToken ct)
    {
        var access = UserAccess.Of(user);
        if (await rollups.RegionAsync(access, regionId, ct) is not { } region)
        {
            return Failure.NotFound("Web.What.Region").ToProblem();
        }
        if (input.Invalid is { } invalid)
        {
            return Failure.Invalid(invalid, "Web.RegionList.BadFilter").ToProblem();
        }
        var rows = await query.AllAsync(access, regionId, year, input.ToFilter(), ct);
        string[] headers = [.. ExportColumns.Select(h => text["Web.RegionExport." + h])];
        var file = TableXlsx.Write(text["Web.RegionExport.Sheet"], headers, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Name, r.Code, r.RegionName, r.Funds, r.Indicators, r.MoneyTotalFen / 100m, r.MoneyFiscalFen / 100m, r.Errors, r.Warnings,
            r.GoalsStatus is { } g ? text["Workflow.Status." + g] : text["Web.Region.NotStarted"],
            r.ReviewGrade is { } rg ? Label(rg) : null,
            r.SelfEvaluationStatus is { } s ? text["Workflow.Status." + s] : text["Web.Region.NotStarted"],
            r.Score is { } score ? score / 100m : null,
            r.Grade is { } grade ? Label(grade) : null,
            r.BudgetAnnualFen is > 0 && r.BudgetExecutedFen is { } executed ? Math.Round(executed * 100m / r.BudgetAnnualFen.Value, 1) : null,
        ]));
        var name = string.Create(CultureInfo.InvariantCulture, $"{region.Name}-{year}-单位.xlsx");
        return TypedResults.File(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    private static string Label(Targets.Grade grade) => UiText.IsEnglish ? Targets.GradeExtensions.EnglishName(grade) : Targets.GradeExtensions.ChineseName(grade);
}
