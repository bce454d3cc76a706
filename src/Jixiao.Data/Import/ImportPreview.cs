using Jixiao.Data.Checks;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Data.Import;

/// <summary>
/// What an upload would import (导入预览): the goals as read, the reader's diagnostics and the checks'
/// findings, and whether it replaces goals already on file. Null <see cref="Goals"/> means unusable.
/// </summary>
public sealed record ImportPreview(
    Guid Id,
    string FileName,
    GoalSet? Goals,
    IReadOnlyList<ImportMessage> Diagnostics,
    IReadOnlyList<FindingView> Findings,
    bool ReplacesExisting)
{
    public bool CanCommit => Goals is not null;
}

/// <summary>A reader's diagnostic in the reader's language, with its line.</summary>
public sealed record ImportMessage(string Code, Severity Severity, int? Line, string? Fund, string? Indicator, string Text);
