using Jixiao.Data.Departments;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Data.Workbook;

/// <summary>
/// 变更预览 of an uploaded workbook: the indicators it adds, changes (old → new per field) and removes, the
/// other changes, the rows that cannot be applied (<see cref="Problems"/>, left out when confirming), the indicators
/// added after the export that the workbook does not have (<see cref="Kept"/>, kept as they are) and the reader's notes. <see cref="Revision"/> is the goal set's revision the preview was made against: confirming
/// sends it back, and a goal set changed since then is refused.
/// </summary>
public sealed record WorkbookPreview(
    Guid Id, string FileName, int Revision, IReadOnlyList<IndicatorChangeView> Indicators, IReadOnlyList<OtherChange> Other,
    IReadOnlyList<RowProblemView> Problems, IReadOnlyList<KeptIndicatorView> Kept, IReadOnlyList<string> Notes)
{
    public int Added => Indicators.Count(c => c.Kind == ChangeKind.Added);

    public int Changed => Indicators.Count(c => c.Kind == ChangeKind.Changed);

    public int Removed => Indicators.Count(c => c.Kind == ChangeKind.Removed);

    public bool IsEmpty => Indicators.Count == 0 && Other.Count == 0;

    internal static WorkbookPreview From(Guid id, string fileName, int revision, WorkbookPlan plan, Func<Diagnostics.LocalizedText, string> text) =>
        new(id, fileName, revision, [.. plan.Changes.Changes.Select(IndicatorChangeView.From)], plan.Other,
            [.. plan.Changes.Problems.Select(p => RowProblemView.From(p, text))], [.. plan.Changes.NotExported.Select(KeptIndicatorView.From)],
            [.. plan.Notes.Select(d => text(d.Message))]);
}

/// <summary>
/// A workbook row that is not applied: where it stands (sheet and row number), its 行标识, fund and indicator
/// name as the workbook has them, and why, in the reader's language. Only rows whose indicator no longer exists
/// come here: a row of another project is refused before there is a preview (<see cref="WorkbookPlan.Make"/>).
/// </summary>
public sealed record RowProblemView(string Sheet, int? Row, string RowId, string Fund, string Name, string Message)
{
    internal static RowProblemView From(RowProblem problem, Func<Diagnostics.LocalizedText, string> text)
    {
        var row = problem.Row;
        var message = text(new Diagnostics.LocalizedText("Web.Workbook.RowGone", row.Table, row.Row, row.Indicator.Name, row.RowId));
        return new(row.Table ?? "", row.Row, row.RowId ?? "", row.Fund, row.Indicator.Name, message);
    }
}

/// <summary>
/// 导出后他人新增的指标 — a stored indicator the workbook was not exported with (someone added it after the export):
/// confirming keeps it. Its fund, 行标识, name and target, so the user knows it exists.
/// </summary>
public sealed record KeptIndicatorView(string Fund, string RowId, string Name, string Target)
{
    internal static KeptIndicatorView From(KeptIndicator kept) => new(kept.Fund, kept.RowId, kept.Indicator.Name, kept.Indicator.Target.Text);
}

/// <summary>One indicator's change: its fund, 行标识 (none for an added row), name, and for a changed row each field old → new.</summary>
public sealed record IndicatorChangeView(ChangeKind Kind, string Fund, string? RowId, string Name, string Target, IReadOnlyList<FieldChange> Fields)
{
    public static IndicatorChangeView From(IndicatorChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var shown = change.After ?? change.Before!;
        var fields = change.Kind == ChangeKind.Changed
            ? change.Fields.Select(f => Columns.TryGetValue(f, out var field)
                ? FieldChange.Of(field.Id, field.Key, field.Value(change.Before!), field.Value(change.After!))
                : FieldChange.Of(f, f, "", "")).ToList()
            : [];
        return new(change.Kind, change.Fund, change.RowId, shown.Name, shown.Target.Text, fields);
    }

    /// <summary>The fields by the column names <see cref="ChangePreview"/> uses: the API's name, the label's key and the value.</summary>
    private static readonly Dictionary<string, (string Id, string Key, Func<Indicator, string> Value)> Columns = new(StringComparer.Ordinal)
    {
        ["一级指标"] = ("level1", "Web.Indicator.Level1", i => i.Level1),
        ["二级指标"] = ("level2", "Web.Indicator.Level2", i => i.Level2),
        ["三级指标"] = ("name", "Web.Indicator.Name", i => i.Name),
        ["绩效指标描述"] = ("description", "Web.Indicator.Description", i => i.Description),
        ["指标值"] = ("target", "Web.Indicator.Target", i => i.Target.Text),
        ["指标值确定依据"] = ("basis", "Web.Indicator.Basis", i => i.Basis),
        ["分值"] = ("weight", "Web.Indicator.Weight", i => i.Weight?.ToString() ?? ""),
        ["指标性质"] = ("direction", "Web.Indicator.Direction", i => i.Direction?.ChineseName() ?? ""),
    };
}

/// <summary>A field before and after: its name in the API (<c>target</c>), its label in the reader's language, the two values.</summary>
public sealed record FieldChange(string Field, string Label, string Before, string After)
{
    internal static FieldChange Of(string field, string labelKey, string before, string after) =>
        new(field, Diagnostics.LocalizedText.Get(labelKey, Jixiao.Data.Common.UiText.Culture), before, after);
}

/// <summary>A change besides indicators: of a fund (by name) or, when <see cref="Fund"/> is null, of 部门整体绩效目标.</summary>
public sealed record OtherChange(string? Fund, FieldChange Change)
{
    /// <summary>The changes besides indicators; <paramref name="storedOf"/> finds an edited fund's stored one (by name unless given).</summary>
    internal static List<OtherChange> Between(GoalSet stored, GoalSet edited, Func<Fund, Fund?>? storedOf = null)
    {
        storedOf ??= after => stored.Funds.FirstOrDefault(f => f.Name == after.Name);
        var changes = new List<OtherChange>();
        void Compare(string? fund, string field, string key, IReadOnlyList<string> before, IReadOnlyList<string> after)
        {
            if (!before.SequenceEqual(after))
            {
                changes.Add(new(fund, FieldChange.Of(field, key, Numbered(before), Numbered(after))));
            }
        }
        Compare(null, "goals", "Web.Department.Goals", stored.Overall.Goals, edited.Overall.Goals);
        Compare(null, "subGoals", "Web.Department.SubGoals", stored.Overall.SubGoals, edited.Overall.SubGoals);
        Compare(null, "safeguards", "Web.Department.Safeguards", stored.Overall.Safeguards, edited.Overall.Safeguards);
        foreach (var after in edited.Funds)
        {
            if (storedOf(after) is not { } before)
            {
                // Only a re-imported document can bring a new fund; a workbook with one is refused before.
                changes.Add(new(after.Name, FieldChange.Of("fund", "Web.Import.FundAdded", "", after.Name)));
                continue;
            }
            if (before.Name != after.Name)
            {
                changes.Add(new(after.Name, FieldChange.Of("fundName", "Web.Fund.Name", before.Name, after.Name)));
            }
            Compare(after.Name, "fundGoals", "Web.Fund.Goals", before.Goals, after.Goals);
            if (before.Money != after.Money)
            {
                changes.Add(new(after.Name, FieldChange.Of("money", "Web.Money.Title", MoneyText(before.Money), MoneyText(after.Money))));
            }
        }
        return changes;
    }

    private static string Numbered(IReadOnlyList<string> items) => string.Join("；", items.Select((item, i) => $"{i + 1}、{item}"));

    /// <summary>Total / fiscal / other in 万元, labelled in the reader's language.</summary>
    private static string MoneyText(FundMoney? money) =>
        money is null ? "—" : new Diagnostics.LocalizedText("Web.Workbook.MoneyValue", Money.Wan(money.Total), Money.Wan(money.Fiscal), Money.Wan(money.Other)).Format(Jixiao.Data.Common.UiText.Culture);
}
