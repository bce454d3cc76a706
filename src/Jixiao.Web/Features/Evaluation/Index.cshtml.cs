using Jixiao.Data.Common;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Persistence;
using Jixiao.Evaluation.Scoring;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Evaluation;

/// <summary>绩效自评 of one fund: enter actuals, reasons and budget figures; see grades, scores, explanations and the total.</summary>
[Workflow.EditsSubject(Governance.WorkflowSubject.SelfEvaluation)]
public sealed class IndexModel(EvaluationQuery query, ActualsCommands commands, UiText text) : PageModel
{
    public Scope Scope { get; private set; }

    public StoredFund? Fund { get; private set; }

    /// <summary>The fund's self-evaluation as stored: budget figures and, by indicator position, measurements.</summary>
    public EvaluatedFund? Stored { get; private set; }

    public FundEvaluation? Evaluation { get; private set; }

    public DepartmentEvaluation? Department { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int departmentId, int year, int fundId)
    {
        Scope = new Scope(departmentId, year);
        var evaluated = await query.EvaluateAsync(Scope, HttpContext.RequestAborted);
        var index = evaluated?.Funds.ToList().FindIndex(f => f.Fund.Id == fundId) ?? -1;
        if (evaluated is null || index < 0)
        {
            return NotFound();
        }
        Stored = evaluated.Funds[index];
        Fund = Stored.Fund;
        Evaluation = evaluated.Evaluation.Funds[index];
        Department = evaluated.Evaluation;
        Problems = [.. evaluated.Problems.Concat(evaluated.Evaluation.Findings)
            .Where(d => d.Fund is null || d.Fund == Fund.Name)
            .Select(d => text.Format(d.Message))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int departmentId, int year, int fundId, string? budgetInitial, string? budgetAnnual, string? budgetExecuted,
        string? budgetReason, string? budgetScore, List<IndicatorActualInput>? indicators)
    {
        var input = new FundActualsInput(budgetAnnual, budgetExecuted, indicators)
        {
            BudgetInitial = budgetInitial, BudgetReason = budgetReason, BudgetScore = budgetScore,
        };
        var outcome = await commands.SaveAsync(new Scope(departmentId, year), fundId, input, HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            return outcome.Failure!.Kind == FailureKind.NotFound ? NotFound() : BadRequest(text.Format(outcome.Failure.Message));
        }
        TempData["Message"] = text["Web.Evaluation.Saved"];
        return Redirect($"/departments/{departmentId}/years/{year}/funds/{fundId}/evaluation");
    }
}
