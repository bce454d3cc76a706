using Jixiao.Data.Common;
using Jixiao.Data.Funds;
using Jixiao.Data.Indicators;
using Jixiao.Data.TargetHints;
using Jixiao.Targets;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Funds;
using Jixiao.Web.Features.TargetHints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Indicators;

/// <summary>
/// Adding or editing an indicator. A stale save (someone else saved first) keeps the user's input in the
/// form, shows the row as it is now, and takes the new version so that saving again is a deliberate overwrite.
/// </summary>
public sealed class EditModel(FundQuery funds, IndicatorCommands commands, UiText text) : PageModel
{
    [BindProperty]
    public IndicatorForm Input { get; set; } = new();

    public Scope Scope { get; private set; }

    public int FundId { get; private set; }

    public string FundName { get; private set; } = "";

    public string OriginalName { get; private set; } = "";

    public bool IsNew { get; private set; }

    /// <summary>The row as saved by someone else, after a conflict.</summary>
    public IndicatorView? Current { get; private set; }

    public TargetInterpretation? Hint { get; private set; }

    public async Task<IActionResult> OnGetAsync(int departmentId, int year, int fundId, int? indicatorId)
    {
        if (!await LoadAsync(departmentId, year, fundId, indicatorId, fillForm: true))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int departmentId, int year, int fundId, int? indicatorId)
    {
        if (!await LoadAsync(departmentId, year, fundId, indicatorId, fillForm: false))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = Input.ToInput();
        var outcome = indicatorId is { } id
            ? await commands.UpdateAsync(Scope, fundId, id, input, HttpContext.RequestAborted)
            : await commands.CreateAsync(Scope, fundId, input, HttpContext.RequestAborted);
        if (outcome.Succeeded)
        {
            TempData["Message"] = text.Format("Web.Indicator.Saved", outcome.Value!.Name);
            return Redirect($"/departments/{departmentId}/years/{year}/funds/{fundId}#indicator-{outcome.Value.Id}");
        }
        var failure = outcome.Failure!;
        if (failure.Current is IndicatorView current)
        {
            Current = current;
            Input.Version = current.Version;
            ModelState.Remove("Input.Version");
        }
        var key = failure.Field is { } field && field != "version" ? "Input." + char.ToUpperInvariant(field[0]) + field[1..] : "";
        ModelState.AddModelError(key, text.Format(failure.Message));
        return Page();
    }

    private async Task<bool> LoadAsync(int departmentId, int year, int fundId, int? indicatorId, bool fillForm)
    {
        Scope = new Scope(departmentId, year);
        FundId = fundId;
        IsNew = indicatorId is null;
        var fund = await funds.GetAsync(Scope, fundId, HttpContext.RequestAborted);
        if (fund is null)
        {
            return false;
        }
        FundName = fund.Name;
        var row = indicatorId is { } id ? fund.Indicators.FirstOrDefault(i => i.Id == id) : null;
        if (indicatorId is not null && row is null)
        {
            return false;
        }
        OriginalName = row?.Name ?? "";
        if (fillForm && row is not null)
        {
            Input = IndicatorForm.From(row);
        }
        if (!string.IsNullOrWhiteSpace(Input.Target))
        {
            var target = TargetParser.Parse(Input.Target, TargetContext.For(Input.Level1, Input.Level2));
            Hint = TargetInterpretation.Of(target, DirectionExtensions.Parse(Input.Direction) ?? target.ImpliedDirection);
        }
        return true;
    }
}
