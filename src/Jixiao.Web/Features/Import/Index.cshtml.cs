using Jixiao.Data.Accounts;
using Jixiao.Data.Common;
using Jixiao.Data.Import;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Import;

/// <summary>导入 step 1: choose a file and say whose it is; an unusable file is explained here, a usable one goes to its preview.</summary>
[RequestSizeLimit(ImportLimits.MaxRequestBytes)]
public sealed class IndexModel(ImportCommands commands, UiText text) : PageModel
{
    public string? Department { get; private set; }

    public int? Year { get; private set; }

    public IReadOnlyList<ImportMessage>? Unusable { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? department, int? year)
    {
        (Department, Year) = (department, year);
        if (await FormFiles.ReadAsync(file, ModelState, text, HttpContext.RequestAborted) is not { } content)
        {
            return Page();
        }
        var outcome = await commands.UploadAsync(UserAccess.Of(User), new UploadedDocument(file!.FileName, content, department, year), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(outcome.Failure!.Field ?? "", text.Format(outcome.Failure.Message));
            return Page();
        }
        if (!outcome.Value!.CanCommit)
        {
            Unusable = outcome.Value.Diagnostics;
            return Page();
        }
        return Redirect($"/import/{outcome.Value.Id}");
    }
}
