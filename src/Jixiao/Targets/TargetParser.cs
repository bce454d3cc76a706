namespace Jixiao.Targets;

/// <summary>
/// 指标值解析 — reads a target as users write it into a typed <see cref="Target"/>. It never throws on
/// user text: what it cannot read comes back as a <see cref="TextTarget"/> with the problem named.
/// </summary>
public static class TargetParser
{
    /// <summary>Parses one target cell.</summary>
    public static Target Parse(string text, TargetContext context = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = TargetText.Compact(text);
        if (compact.Length == 0)
        {
            return new TextTarget(text);
        }
        if (TargetText.IsDoubled(compact))
        {
            return new TextTarget(text, TargetProblem.Doubled);
        }
        var hasNumber = TargetText.HasDigit(compact) || compact.Contains("百分之", StringComparison.Ordinal);
        if (hasNumber)
        {
            switch (LadderGrammar.Read(compact))
            {
                case LadderGrammar.Result.Ladder ladder:
                    return new LadderTarget(text, ladder.Value);
                case LadderGrammar.Result.Broken:
                    return new TextTarget(text, TargetProblem.BadLadder);
            }
        }
        if (DeadlineWords.Match(compact))
        {
            return new DeadlineTarget(text);
        }
        if (!hasNumber)
        {
            return QualitativeWords.Match(compact) ? new QualitativeTarget(text) : new TextTarget(text);
        }
        if (RangeGrammar.TryRead(compact, out var low, out var high, out var rangeUnit))
        {
            return low <= high ? new RangeTarget(text, low, high, rangeUnit) : new TextTarget(text, TargetProblem.BadRange);
        }
        if (QuantityGrammar.TryRead(compact, context, out var comparator, out var value, out var unit, out var implied))
        {
            return new QuantitativeTarget(text, comparator, value, unit, implied);
        }
        if (SentenceGrammar.TryRead(compact, context, out comparator, out value, out unit, out implied))
        {
            return new QuantitativeTarget(text, comparator, value, unit, implied);
        }
        return new TextTarget(text, TargetProblem.Unreadable);
    }

    /// <summary>
    /// Parses a target spread over separate comparator, number and unit cells (<c>≧ | 735 | 人次</c>),
    /// or given with a 指标方向 word (大于等于) in its own column.
    /// </summary>
    public static Target ParseCells(string? comparator, string number, string? unit, TargetContext context = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        var comparatorText = comparator?.Trim() ?? "";
        comparatorText = comparatorText switch
        {
            "正向" => "≥",
            "反向" => "≤",
            "定性" => "",
            _ => comparatorText,
        };
        return Parse(string.Concat(comparatorText, number.Trim(), unit?.Trim() ?? ""), context);
    }

    /// <summary>
    /// Parses a graded indicator written one table row per grade (<c>≥95优</c>, <c>≥70良</c> …) into one
    /// ladder. Each step keeps its row's text; a row that is not a grade step makes the whole target a
    /// <see cref="TextTarget"/> with <see cref="TargetProblem.BadLadder"/>.
    /// </summary>
    public static Target ParseRows(IReadOnlyList<string> rows, TargetContext context = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count == 1 ? Parse(rows[0], context) : CombineRows([.. rows.Select(row => (row, Parse(row, context)))]);
    }

    /// <summary>Combines rows already parsed one by one (each ideally a one-step ladder) into one ladder.</summary>
    public static Target CombineRows(IReadOnlyList<(string Text, Target Parsed)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = string.Join(" ", rows.Select(r => r.Text.Trim()));
        var steps = new List<LadderStep>(rows.Count);
        foreach (var (row, parsed) in rows)
        {
            if (!IsSingleStep(parsed, out var step))
            {
                return new TextTarget(text, TargetProblem.BadLadder);
            }
            steps.Add(new LadderStep(step.Grade, step.Comparator, step.Value, step.Unit, row.Trim()));
        }
        return new LadderTarget(text, new GradeLadder(steps));
    }

    /// <summary>Whether a parsed target is a single grade step, as a row of a one-row-per-grade table is.</summary>
    public static bool IsSingleStep(Target target, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LadderStep? step)
    {
        step = target is LadderTarget { Ladder.Steps: [var only] } ? only : null;
        return step is not null;
    }

    /// <summary>Whether a cell reads as a single grade step (<c>≥95优</c>), as in one-row-per-grade tables.</summary>
    public static bool IsGradeStep(string text) =>
        TargetText.HasDigit(text) && LadderGrammar.Read(TargetText.Compact(text)) is LadderGrammar.Result.Ladder { Value.Steps.Length: 1 };
}
