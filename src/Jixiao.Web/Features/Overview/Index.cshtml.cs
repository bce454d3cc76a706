using Jixiao.Data.Accounts;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Overview;
using Jixiao.Diagnostics;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Evaluation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Overview;

/// <summary>总览: years and departments with their findings (evaluation grades once self-evaluation lands).</summary>
public sealed class IndexModel(OverviewQuery query, FindingsQuery findings, EvaluationQuery evaluations) : PageModel
{
    public IReadOnlyList<YearSummary> Years { get; private set; } = [];

    public DepartmentPage? Listing { get; private set; }

    public string? Search { get; private set; }

    public async Task OnGetAsync(int? year, int page = 1, string? search = null)
    {
        var ct = HttpContext.RequestAborted;
        var access = UserAccess.Of(User);
        Years = await query.YearsAsync(access, ct);
        if (Years.Count == 0)
        {
            return;
        }
        Search = search;
        var shown = year is { } y && Years.Any(x => x.Year == y) ? y : Years[0].Year;
        Listing = await query.DepartmentsAsync(access, shown, page, search, ct);
        var evaluated = await query.EvaluatedAsync(shown, [.. Listing.Departments.Select(d => d.Id)], ct);
        foreach (var department in Listing.Departments)
        {
            if (evaluated.Contains(department.Id) && await evaluations.EvaluateAsync(new Scope(department.Id, department.Year), ct) is { } result)
            {
                department.Evaluation = (result.Evaluation.Total, result.Evaluation.Grade);
            }
            if (await findings.ForGoalSetAsync(new Scope(department.Id, department.Year), ct) is { } found)
            {
                department.Findings = (found.Count(f => f.Severity == Severity.Error), found.Count(f => f.Severity == Severity.Warning));
            }
        }
    }
}
