using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Workbook;
using Jixiao.Evaluation;
using Jixiao.Formats.Office;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Evaluation;
using Jixiao.Web.Features.Workbook;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>绩效自评: the evaluation of a department's year (the JSON of <c>jixiao evaluate --json</c>) and saving a fund's actuals.</summary>
public static class EvaluationApi
{
    public static void MapEvaluationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(GoalSetApi.Prefix).WithTags("Self-evaluation").RequireAuthorization(Policies.Read);
        group.MapGet("/evaluation", EvaluateAsync).WithSummary("Scores every indicator, fund and the department with the stored actuals.");
        group.MapGet("/evaluation/export", ExportAsync).WithSummary(
            "项目支出绩效自评表 of every fund with the stored actuals, scores, totals and grades: xlsx (the default; goal sheets and 自评表 sheets) or pdf (?format=).");
        group.MapPut("/funds/{fundId:int}/actuals", SaveAsync).RequireAuthorization(Policies.Edit)
            .WithMetadata(new Features.Workflow.EditsSubjectAttribute(Governance.WorkflowSubject.SelfEvaluation)).WithSummary("Stores a fund's self-evaluation: per indicator (by id) 实际完成值, 偏差原因 and 填报得分; 年初预算数, 全年预算数, 全年执行数, the budget's reason and 填报得分.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> EvaluateAsync(int departmentId, int year, EvaluationQuery query, CancellationToken ct) =>
        await query.EvaluateAsync(new Scope(departmentId, year), ct) is { } evaluated
            ? TypedResults.File(EvaluationJson.Serialize(evaluated.Evaluation, UiText.Culture), "application/json; charset=utf-8")
            : Failure.NotFound("Web.What.GoalSet").ToProblem();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        int departmentId, int year, string? format, EvaluationQuery query, CancellationToken ct)
    {
        var chosen = ExportFormat.Xlsx;
        if (!string.IsNullOrEmpty(format) && !(DocumentExport.TryParse(format, out chosen) && chosen is ExportFormat.Xlsx or ExportFormat.Pdf))
        {
            return Failure.Invalid("format", "Web.Evaluation.UnknownFormat", format).ToProblem();
        }
        var scope = new Scope(departmentId, year);
        if (await query.EvaluateAsync(scope, ct) is not { } evaluated)
        {
            return Failure.NotFound("Web.What.GoalSet").ToProblem();
        }
        var goals = evaluated.Evaluation.Goals;
        var rowIds = StoredRowIds.Of(scope, goals, evaluated.Funds.Select(f => f.Fund));
        var file = DocumentExport.Render(goals, chosen, SelfEvaluationBridge.FromEvaluation(evaluated.Evaluation), out var error, rowIds);
        return DisclosureDownload.File(file, error, $"{goals.Department.Name}-{year}-自评表");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SaveAsync(
        int departmentId, int year, int fundId, FundActualsInput input, ActualsCommands commands, CancellationToken ct)
    {
        var outcome = await commands.SaveAsync(new Scope(departmentId, year), fundId, input, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Failure!.ToProblem();
    }
}
