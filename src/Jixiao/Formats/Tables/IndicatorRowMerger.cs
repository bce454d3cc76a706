using System.Collections.Immutable;
using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Formats.Tables;

/// <summary>
/// Turns table rows into indicators: fills merged (empty) 一级/二级 cells from the row above, and merges
/// a graded indicator written one row per grade into one indicator with a ladder. Shared by every
/// table format (text, DOCX, XLSX).
/// </summary>
public static class IndicatorRowMerger
{
    public static ImmutableArray<Indicator> Merge(IEnumerable<IndicatorRow> rows, string fundName, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        var group = new List<(IndicatorRow Row, Target Parsed)>();
        string level1 = "", level2 = "";
        (string Level1, string Level2, string Name) key = default;

        foreach (var row in rows)
        {
            var name = row[IndicatorColumn.Name];
            level1 = row[IndicatorColumn.Level1] is { Length: > 0 } l1 ? l1 : level1;
            level2 = row[IndicatorColumn.Level2] is { Length: > 0 } l2 ? l2 : level2;
            var parsed = ReadTarget(row, TargetContext.For(level1, level2));
            var isGradeStep = TargetParser.IsSingleStep(parsed, out _);
            var groupIsGraded = group.Count > 0 && TargetParser.IsSingleStep(group[0].Parsed, out _);
            if (name.Length == 0 && groupIsGraded && isGradeStep)
            {
                group.Add((row, parsed));
                continue;
            }
            if (name.Length == 0)
            {
                // A row that only names a 一级/二级 (产出指标 across the table) heads the rows under it; any other is unreadable.
                if (!row.IsBlank && !row.IsCategoryOnly)
                {
                    diagnostics.Add(Diagnostic.Warning(ReadingGaps.RowUnnamed, row.Source, "Import.RowWithoutName", row.Source, fundName, row.Summary)
                        with { Fund = fundName });
                }
                continue;
            }
            var rowKey = (level1, level2, name);
            // A graded indicator: consecutive rows of one indicator of which some are grade steps. Rows that
            // are not (an unknown grade word) join it too, so that the ladder is reported broken, not split.
            if (group.Count > 0 && rowKey == key && (isGradeStep || groupIsGraded))
            {
                group.Add((row, parsed));
                continue;
            }
            Flush(group, key, fundName, indicators, diagnostics);
            group.Add((row, parsed));
            key = rowKey;
        }
        Flush(group, key, fundName, indicators, diagnostics);
        CodeDiagnostics.DropDuplicateIndicatorCodes(fundName, indicators, diagnostics);
        return indicators.ToImmutable();
    }

    private static void Flush(List<(IndicatorRow Row, Target Parsed)> group, (string Level1, string Level2, string Name) key, string fundName,
        ImmutableArray<Indicator>.Builder indicators, List<Diagnostic> diagnostics)
    {
        if (group.Count == 0)
        {
            return;
        }
        var first = group[0].Row;
        var target = group.Count == 1 ? group[0].Parsed : TargetParser.CombineRows([.. group.Select(g => (g.Row[IndicatorColumn.Target], g.Parsed))]);
        var description = FirstNonEmpty(group, IndicatorColumn.Description);
        var basis = FirstNonEmpty(group, IndicatorColumn.Basis);
        foreach (var (row, _) in group.Skip(1))
        {
            if (Differs(row, IndicatorColumn.Description, description) || Differs(row, IndicatorColumn.Basis, basis))
            {
                diagnostics.Add(Diagnostic.Warning("grade-rows-differ", row.Source, "Import.GradeRowsDiffer", row.Source, key.Name) with
                {
                    Fund = fundName,
                    Indicator = key.Name,
                });
            }
        }
        if (target is TextTarget { Problem: { } problem })
        {
            diagnostics.Add(Diagnostic.Warning("target-unreadable", first.Source, "Import.TargetUnreadable", first.Source, target.Text,
                new LocalizedText("TargetProblem." + problem)) with { Fund = fundName, Indicator = key.Name });
        }
        var weight = ReadWeight(group.Select(g => g.Row), fundName, key.Name, diagnostics);
        var direction = ReadDirection(first, fundName, key.Name, diagnostics);
        indicators.Add(new Indicator(key.Level1, key.Level2, key.Name, description, target, basis, weight, direction)
        {
            Sources = [.. group.Select(g => g.Row.Source)],
            Code = ReadCode(group, fundName, key.Name, diagnostics),
        });
        group.Clear();
    }

    /// <summary>The 指标代码 of the first row that has one; an invalid one is an error naming its cell, and left out.</summary>
    private static Goals.Codes.Code? ReadCode(List<(IndicatorRow Row, Target Parsed)> group, string fundName, string name, List<Diagnostic> diagnostics)
    {
        var row = group.Select(g => g.Row).FirstOrDefault(r => r[IndicatorColumn.Code].Length > 0);
        if (row is null)
        {
            return null;
        }
        if (Goals.Codes.Code.TryParse(row[IndicatorColumn.Code], out var code, out var problem))
        {
            return code;
        }
        diagnostics.Add(CodeDiagnostics.Invalid(IdentityField.IndicatorCode, row[IndicatorColumn.Code], row.CodeSource ?? row.Source, problem)
            with { Fund = fundName, Indicator = name });
        return null;
    }

    private static Target ReadTarget(IndicatorRow row, TargetContext context) =>
        row.Has(IndicatorColumn.Comparator) || row.Has(IndicatorColumn.Unit)
            ? TargetParser.ParseCells(row[IndicatorColumn.Comparator], row[IndicatorColumn.Target], row[IndicatorColumn.Unit], context)
            : TargetParser.Parse(row[IndicatorColumn.Target], context);

    private static string FirstNonEmpty(List<(IndicatorRow Row, Target Parsed)> group, IndicatorColumn column)
    {
        foreach (var (row, _) in group)
        {
            if (row[column] is { Length: > 0 } value)
            {
                return value;
            }
        }
        return "";
    }

    private static bool Differs(IndicatorRow row, IndicatorColumn column, string expected) =>
        row[column] is { Length: > 0 } value && value != expected;

    private static Weight? ReadWeight(IEnumerable<IndicatorRow> group, string fundName, string name, List<Diagnostic> diagnostics)
    {
        var row = group.FirstOrDefault(r => r[IndicatorColumn.Weight].Length > 0);
        if (row is null)
        {
            return null;
        }
        var text = row[IndicatorColumn.Weight].TrimEnd('分');
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var points) && Weight.TryCreate(points, out var weight))
        {
            return weight;
        }
        diagnostics.Add(Diagnostic.Warning("weight-unreadable", row.Source, "Import.WeightUnreadable", row.Source, row[IndicatorColumn.Weight])
            with { Fund = fundName, Indicator = name });
        return null;
    }

    private static Direction? ReadDirection(IndicatorRow row, string fundName, string name, List<Diagnostic> diagnostics)
    {
        var text = row[IndicatorColumn.Direction];
        if (text.Length == 0)
        {
            return null;
        }
        var direction = DirectionExtensions.Parse(text);
        if (direction is null)
        {
            diagnostics.Add(Diagnostic.Warning("direction-unreadable", row.Source, "Import.DirectionUnreadable", row.Source, text)
                with { Fund = fundName, Indicator = name });
        }
        return direction;
    }
}
