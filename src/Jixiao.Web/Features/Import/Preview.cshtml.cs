using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Funds;
using Jixiao.Data.Import;
using Jixiao.Data.Indicators;
using Jixiao.Goals;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Features.Funds;
using Jixiao.Web.Features.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Import;

/// <summary>导入 step 2: the parsed tables and the findings; confirm stores them, cancel drops them.</summary>
public sealed class PreviewModel(ImportCommands commands) : PageModel
{
    public ImportPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var outcome = await commands.PreviewAsync(UserAccess.Of(User), id, HttpContext.RequestAborted);
        if (!outcome.Succeeded || outcome.Value!.Goals is null)
        {
            return NotFound();
        }
        Preview = outcome.Value;
        return Page();
    }

    public ReadOnlyTable TableOf(Fund fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        var rows = fund.Indicators.Select((indicator, i) => IndicatorView.From(0, i, indicator, 0)).ToList();
        return new ReadOnlyTable(rows, [.. Preview!.Findings.Where(f => f.Fund == fund.Name)]);
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id)
    {
        var outcome = await commands.CommitAsync(UserAccess.Of(User), id, HttpContext.RequestAborted);
        return outcome.Succeeded
            ? Redirect($"/departments/{outcome.Value.DepartmentId}/years/{outcome.Value.Year}")
            : NotFound();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        await commands.CancelAsync(UserAccess.Of(User), id, HttpContext.RequestAborted);
        return Redirect("/import");
    }
}
