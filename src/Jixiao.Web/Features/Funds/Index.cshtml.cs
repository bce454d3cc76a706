using System.Globalization;
using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Funds;
using Jixiao.Data.Indicators;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Funds;

/// <summary>A fund: goals, money, and the indicator table in the official layout with each finding beside its indicator.</summary>
public sealed class IndexModel(FundQuery query, FindingsQuery findings, IndicatorCommands commands, UiText text) : PageModel
{
    public FundView? Fund { get; private set; }

    /// <summary>What the rendered indicator table depends on besides the language: the fund at its goal set's stamp.</summary>
    public string TableKey { get; private set; } = "";

    /// <summary>Whether the user may change the table now; the cached table differs by it.</summary>
    public bool CanEdit { get; private set; }

    /// <summary>Findings about the fund as a whole (not about one indicator).</summary>
    public IReadOnlyList<FindingView> FundFindings { get; private set; } = [];

    private IReadOnlyList<FindingView> _ofIndicators = [];

    /// <summary>What the checks found on this row: by its place in the table, so that two rows of one name each get their own.</summary>
    public IReadOnlyList<FindingView> FindingsOf(IndicatorView row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [.. _ofIndicators.Where(f => f.IsAbout(row.Position, row.Name))];
    }

    public async Task<IActionResult> OnGetAsync(int departmentId, int year, int fundId)
    {
        var scope = new Scope(departmentId, year);
        var ct = HttpContext.RequestAborted;
        if (await query.ReadAsync(scope, fundId, ct) is not { } read)
        {
            return NotFound();
        }
        Fund = read.Fund;
        // Editing controls only for someone who may edit now (their role, and the goals not locked by the review).
        CanEdit = read.Editable && Jixiao.Data.Accounts.UserAccess.Of(User).MayEdit(departmentId);
        TableKey = string.Create(CultureInfo.InvariantCulture, $"{fundId}@{read.Stamp.GoalSetId}.{read.Stamp.Revision}:{(CanEdit ? 'e' : 'r')}");
        if (await findings.AtAsync(scope, read.Stamp, ct) is { } found)
        {
            var ofFund = found.Where(f => f.Fund == Fund.Name).ToList();
            _ofIndicators = [.. ofFund.Where(f => f.Indicator is not null)];
            FundFindings = [.. ofFund.Where(f => f.Indicator is null || Fund.Indicators.All(i => i.Name != f.Indicator))];
        }
        return Page();
    }

    /// <summary>A row button's value: "indicatorId:argument" (the step for moving, the version read for deleting).</summary>
    private static (int Id, int Argument) Pair(string? value)
    {
        var parts = (value ?? "").Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var argument)
            ? (id, argument)
            : (0, 0);
    }

    public async Task<IActionResult> OnPostMoveAsync(int departmentId, int year, int fundId, string? move)
    {
        var (indicatorId, by) = Pair(move);
        var scope = new Scope(departmentId, year);
        var ct = HttpContext.RequestAborted;
        var fund = await query.GetAsync(scope, fundId, ct);
        if (fund is null)
        {
            return NotFound();
        }
        var order = fund.Indicators.Select(i => i.Id).ToList();
        var at = order.IndexOf(indicatorId);
        var to = at + Math.Sign(by);
        if (at >= 0 && to >= 0 && to < order.Count)
        {
            (order[at], order[to]) = (order[to], order[at]);
            await commands.ReorderAsync(scope, fundId, order, ct);
        }
        return Redirect($"/departments/{departmentId}/years/{year}/funds/{fundId}#indicator-{indicatorId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int departmentId, int year, int fundId, string? delete)
    {
        var (indicatorId, version) = Pair(delete);
        var outcome = await commands.DeleteAsync(new Scope(departmentId, year), fundId, indicatorId, version, HttpContext.RequestAborted);
        TempData["Message"] = outcome.Succeeded
            ? text.Format("Web.Indicator.Deleted", outcome.Value!.Name)
            : text.Format(outcome.Failure!.Message);
        return Redirect($"/departments/{departmentId}/years/{year}/funds/{fundId}");
    }
}
