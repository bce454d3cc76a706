using System.Text;
using System.Text.Json;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Reads actuals in JSON (docs/evaluation.md):
/// <c>{"funds": [{"name", "budget": {"unit", "initial", "annual", "executed", "rate", "reason", "score"},
/// "indicators": [{"name", "code" (指标代码) or "position" (from 1), "actual", "reason", "score"}]}]}</c>. Values may be strings or numbers.
/// </summary>
public static class ActualsJsonReader
{
    public static (List<ActualRow>? Rows, List<Diagnostic> Diagnostics) Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        JsonTree root;
        try
        {
            root = JsonTree.Parse(Encoding.UTF8.GetBytes(text));
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            diagnostics.Add(Diagnostic.Error("json-invalid", SourceRef.AtLine(line), "Json.Invalid", fileName, line, exception.Path ?? "$", exception.Message));
            return (null, diagnostics);
        }
        if (root["funds"]?.Array is not { } funds)
        {
            diagnostics.Add(Diagnostic.Error("actuals-header", SourceRef.AtLine(root.Line), "Actuals.JsonShape", fileName));
            return (null, diagnostics);
        }
        var rows = new List<ActualRow>();
        foreach (var fund in funds)
        {
            var name = fund["name"]?.Scalar ?? "";
            if (fund["budget"] is { Object: not null } budget)
            {
                AddBudget(rows, name, budget);
            }
            foreach (var indicator in fund["indicators"]?.Array ?? [])
            {
                rows.Add(new ActualRow(name, Text(indicator, "name"), Text(indicator, "actual"), Text(indicator, "reason"), Text(indicator, "score"),
                    SourceRef.AtLine(indicator.Line)) { Position = Text(indicator, "position"), Code = Text(indicator, "code") });
            }
        }
        return (rows, diagnostics);
    }

    /// <summary>The budget object becomes the same rows a CSV would have (全年预算数 …), so both formats bind alike.</summary>
    private static void AddBudget(List<ActualRow> rows, string fund, JsonTree budget)
    {
        var unit = Text(budget, "unit");
        var suffix = unit.Length > 0 ? $"({unit})" : "";
        var first = true;
        foreach (var (key, label) in new[] { ("initial", BudgetRows.Initial), ("annual", BudgetRows.Annual), ("executed", BudgetRows.Executed), ("rate", BudgetRows.Rate) })
        {
            if (budget[key] is not { Scalar: { } value } node)
            {
                continue;
            }
            // The reason and the entered score belong to the budget as a whole: carried on its first row.
            var reason = first ? Text(budget, "reason") : "";
            var score = first ? Text(budget, "score") : "";
            rows.Add(new ActualRow(fund, key == "rate" ? label : label + suffix, value, reason, score, SourceRef.AtLine(node.Line)));
            first = false;
        }
    }

    private static string Text(JsonTree node, string name) => node[name]?.Scalar?.Trim() ?? "";
}
