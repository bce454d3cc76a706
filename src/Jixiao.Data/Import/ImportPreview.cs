using Jixiao.Data.Checks;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Data.Import;

/// <summary>
/// What an upload would import (导入预览): the goals as read, the reader's diagnostics and the checks'
/// findings, and whether goals are already on file: then confirming updates them in place, and the preview lists what
/// changes (<see cref="Indicators"/>, <see cref="Other"/>), as the workbook path does. Null <see cref="Goals"/> means unusable.
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

    /// <summary>For goals already on file: the indicators the document adds, changes (field by field) and removes.</summary>
    public IReadOnlyList<Workbook.IndicatorChangeView> Indicators { get; init; } = [];

    /// <summary>For goals already on file: changes to part 1, fund goals and money, funds added or removed.</summary>
    public IReadOnlyList<Workbook.OtherChange> Other { get; init; } = [];

    /// <summary>For goals already on file: whether the document is the same as what is stored (confirming changes nothing).</summary>
    public bool Unchanged { get; init; }
}

/// <summary>A reader's diagnostic in the reader's language, with its line.</summary>
public sealed record ImportMessage(string Code, Severity Severity, int? Line, string? Fund, string? Indicator, string Text);
