using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Data.Workbook;

/// <summary>
/// What an edited workbook would do to the stored goals of its department and year: the library's
/// <see cref="ChangePreview"/> (indicators matched by the 行标识 the export wrote) plus the changes to
/// goal statements and money, and how to apply them to the same stored rows. The workbook is read again
/// whenever a plan is made, so what is applied is what the preview showed for the goals as they are now.
/// </summary>
internal sealed class WorkbookPlan
{
    /// <summary>The 行标识 the rows were matched by: the stored indicators' own, or positional for an older workbook.</summary>
    private readonly RowIds _ids;

    private WorkbookPlan(RowIds ids, GoalSet edited, ChangePreview changes, IReadOnlyList<OtherChange> other, IReadOnlyList<Diagnostic> notes)
    {
        _ids = ids;
        Edited = edited;
        Changes = changes;
        Other = other;
        Notes = notes;
    }

    public GoalSet Edited { get; }

    public ChangePreview Changes { get; }

    /// <summary>Changes besides indicators: part 1 lists, fund goal statements and money.</summary>
    public IReadOnlyList<OtherChange> Other { get; }

    /// <summary>The reader's warnings, shown with the preview.</summary>
    public IReadOnlyList<Diagnostic> Notes { get; }

    /// <summary>
    /// Reads the workbook and compares it with the stored goals, matching rows by the stored indicators' 行标识
    /// (<see cref="StoredRowIds"/>; a workbook with only positional ones by position, as before). Refused, with
    /// the reason: a file that is not a usable workbook, one of another department or year, one without 行标识
    /// (not exported by Jixiao), one with a project the goals do not have, or a row whose 行标识 belongs to
    /// another department, year or project, or whose 导出清单 was changed. Rows whose indicator no longer exists are
    /// problems of the preview; indicators added after the export (not in its 导出清单) are kept.
    /// </summary>
    public static Outcome<WorkbookPlan> Make(Scope scope, StoredGoalSet stored, string departmentName, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var read = OfficeReader.Read(content, new DisclosureReadOptions(fileName));
        if (read.Result.GoalSet is not { } edited)
        {
            var error = read.Result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? read.Result.Diagnostics.FirstOrDefault();
            return new Failure(FailureKind.Invalid, error?.Message ?? new LocalizedText("Web.Workbook.Unusable", fileName), "file");
        }
        if (edited.Department.Name != departmentName || edited.Year.Value != scope.Year)
        {
            return Failure.Invalid("file", "Web.Workbook.OtherGoalSet", fileName, edited.Department.Name, edited.Year.Value, departmentName, scope.Year);
        }
        var before = stored.ToGoalSet(scope.Year, departmentName);
        if (before.Funds.Any(f => f.Indicators.Length > 0) && read.RowIds.All(fund => fund.All(id => id is null)))
        {
            return Failure.Invalid("file", "Web.Workbook.NoRowIds", fileName);
        }
        if (edited.Funds.FirstOrDefault(e => before.Funds.All(s => s.Name != e.Name)) is { } unknown)
        {
            return Failure.Invalid("file", "Web.Workbook.UnknownFund", fileName, unknown.Name);
        }
        if (read.Rows().FirstOrDefault(r => r.RowId is { } id && StoredRowIds.TryScope(id, out var of) && of != scope) is { } foreign)
        {
            return Failure.Invalid("file", "Web.Workbook.ForeignRow", fileName, foreign.Table, foreign.Row, foreign.Indicator.Name, foreign.RowId, departmentName, scope.Year);
        }
        if (RecordRefusal(scope, departmentName, fileName, read) is { } refused)
        {
            return refused;
        }
        var stable = StoredRowIds.Of(scope, before, stored.Funds);
        var changes = ChangePreview.Between(before, read, stable);
        if (changes.Problems.FirstOrDefault(p => p.Kind == RowProblemKind.OtherFund) is { Row: var moved } problem)
        {
            return Failure.Invalid("file", "Web.Workbook.OtherFundRow", fileName, moved.Table, moved.Row, moved.Indicator.Name, problem.StoredFund, moved.Fund);
        }
        var notes = read.Result.Diagnostics.Where(d => d.Severity != Severity.Error).Concat(changes.ByPosition ? Shifted(before, read) : []).ToList();
        return new WorkbookPlan(changes.ByPosition ? RowIds.Positional(before) : stable, edited, changes, OtherChange.Between(before, edited), notes);
    }

    /// <summary>
    /// The workbook's 导出清单 (<see cref="ExportRecord"/>) decides which indicators without a row are removed, so one
    /// that was changed is refused, naming the sheet and cell: a record the reader could not use, or one listing a
    /// 行标识 that is not of this department and year (a record pasted from another workbook or typed over).
    /// </summary>
    private static Failure? RecordRefusal(Scope scope, string departmentName, string fileName, OfficeImport read)
    {
        if (read.Result.Diagnostics.FirstOrDefault(d => d.Code == ExportRecord.DamagedCode) is { } damaged)
        {
            return new Failure(FailureKind.Invalid, damaged.Message, "file");
        }
        return read.Exported?.Rows.FirstOrDefault(r => !StoredRowIds.TryScope(r.RowId, out var of) || of != scope) is { } foreign
            ? Failure.Invalid("file", "Web.Workbook.ForeignRecord", fileName, ExportRecord.SheetName, foreign.Cell, foreign.RowId, departmentName, scope.Year)
            : null;
    }

    /// <summary>
    /// Positional 行标识 (older workbooks): when indicators were deleted or reordered after the export, a row's
    /// id points to another indicator than the one it was exported from. That shows as a row whose content is
    /// exactly that of a different stored indicator; each such row is named, so the user checks before confirming.
    /// </summary>
    private static IEnumerable<Diagnostic> Shifted(GoalSet before, OfficeImport read)
    {
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var f = 0; f < before.Funds.Length; f++)
        {
            for (var i = 0; i < before.Funds[f].Indicators.Length; i++)
            {
                var key = before.Funds[f].Name + "\u0001" + Content(before.Funds[f].Indicators[i]);
                // Two identical indicators cannot tell which is which: neither is used as evidence.
                stored[key] = stored.ContainsKey(key) ? null : XlsxWriter.RowId(f, i);
            }
        }
        foreach (var row in read.Rows())
        {
            if (row.RowId is { } id && stored.TryGetValue(row.Fund + "\u0001" + Content(row.Indicator), out var match) && match is not null && match != id)
            {
                yield return Diagnostic.Warning("workbook-shifted", null, "Web.Workbook.Shifted", id, row.Indicator.Name, match);
            }
        }
    }

    /// <summary>The row's fields as <see cref="IndicatorFields"/> compares them, so "the same content" means what the preview means.</summary>
    private static string Content(Indicator i) => string.Join('\u0001', IndicatorFields.Values(i).Select(field => field.Value));

    /// <summary>
    /// Applies the changes to the same stored rows: changed indicators are revised in place (their ids kept,
    /// their versions bumped), removed ones deleted, added ones appended to their fund. Problem rows change nothing.
    /// The caller advances the goal set's revision with the save.
    /// </summary>
    public void ApplyTo(StoredGoalSet stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var funds = stored.Funds.OrderBy(f => f.Position).ToList();
        var indicators = StoredRowIds.Ordered(funds);
        (StoredFund Fund, StoredIndicator Indicator) Row(string id) =>
            _ids.TryFind(id, out var f, out var i) ? (funds[f], indicators[f][i]) : throw new InvalidOperationException($"No stored indicator has the 行标识 '{id}'.");
        foreach (var change in Changes.Changes)
        {
            switch (change.Kind)
            {
                case ChangeKind.Changed:
                    Row(change.RowId!).Indicator.Revise(change.After!);
                    break;
                case ChangeKind.Removed:
                    var (fund, indicator) = Row(change.RowId!);
                    fund.RemoveIndicator(indicator);
                    break;
                case ChangeKind.Added:
                    funds.First(f => f.Name == change.Fund).AddIndicator(change.After!);
                    break;
            }
        }
        if (Other.Any(o => o.Fund is null))
        {
            stored.ReviseOverall(Edited.Overall);
        }
        foreach (var edited in Edited.Funds.Where(e => Other.Any(o => o.Fund == e.Name)))
        {
            var fund = funds.First(f => f.Name == edited.Name);
            fund.ReviseGoals(edited.Goals);
            fund.ReviseMoney(edited.Money);
        }
    }
}
