using System.Collections.Immutable;

namespace Jixiao.Targets;

/// <summary>
/// Finds the defects of a grade ladder (rules.md §3). A downward ladder (≤ steps) is mirrored into an
/// upward one so that one algorithm serves both; ranges are mirrored back when reported.
/// </summary>
internal static class LadderAnalysis
{
    public static ImmutableArray<LadderDefect> FindDefects(GradeLadder ladder)
    {
        var defects = ImmutableArray.CreateBuilder<LadderDefect>();
        var steps = ladder.Steps;
        var sign = ladder.IsUpward ? 1m : -1m;

        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].Comparator is null)
            {
                defects.Add(new LadderDefect(LadderDefectKind.MissingComparator, i));
            }
            if (i > 0 && !steps[i - 1].Grade.IsBetterThan(steps[i].Grade))
            {
                defects.Add(new LadderDefect(LadderDefectKind.Order, i));
            }
        }

        // In upward form: every step but a closing last one must be a lower bound (≥, >).
        var lastUp = -1;
        for (var i = 0; i < steps.Length; i++)
        {
            var comparator = Upward(ladder.EffectiveComparator(i), ladder.IsUpward);
            var value = steps[i].Value * sign;
            var isClosing = comparator.IsUpperBound();
            if (isClosing && i != steps.Length - 1 || comparator == Comparator.Equal)
            {
                defects.Add(new LadderDefect(LadderDefectKind.Order, i));
                continue;
            }
            if (lastUp < 0)
            {
                if (!isClosing) lastUp = i;
                continue;
            }
            var previous = Upward(ladder.EffectiveComparator(lastUp), ladder.IsUpward);
            var previousValue = steps[lastUp].Value * sign;
            if (isClosing)
            {
                CompareClosing(defects, i, previous, previousValue, comparator, value, sign);
            }
            else
            {
                CompareBounds(defects, i, previous, previousValue, comparator, value, sign);
                lastUp = i;
            }
        }

        AddIncomplete(defects, ladder);
        return defects.ToImmutable();
    }

    /// <summary>Two lower bounds in a row: the later must be strictly lower (or equal with ≥ after >).</summary>
    private static void CompareBounds(
        ImmutableArray<LadderDefect>.Builder defects, int index,
        Comparator previous, decimal previousValue, Comparator current, decimal value, decimal sign)
    {
        if (value > previousValue)
        {
            defects.Add(new LadderDefect(LadderDefectKind.Order, index));
        }
        else if (value == previousValue && !(previous == Comparator.Greater && current == Comparator.GreaterOrEqual))
        {
            defects.Add(new LadderDefect(LadderDefectKind.Overlap, index, value * sign, value * sign));
        }
    }

    /// <summary>The closing step (＜t) against the last lower bound (≥a): t &lt; a leaves a gap, t &gt; a overlaps.</summary>
    private static void CompareClosing(
        ImmutableArray<LadderDefect>.Builder defects, int index,
        Comparator bound, decimal boundValue, Comparator closing, decimal closingValue, decimal sign)
    {
        if (closingValue < boundValue)
        {
            defects.Add(Range(LadderDefectKind.Gap, index, closingValue, boundValue, sign));
        }
        else if (closingValue > boundValue)
        {
            defects.Add(Range(LadderDefectKind.Overlap, index, boundValue, closingValue, sign));
        }
        else if (bound.IsInclusive() && closing.IsInclusive())
        {
            defects.Add(Range(LadderDefectKind.Overlap, index, boundValue, boundValue, sign));
        }
        else if (!bound.IsInclusive() && !closing.IsInclusive())
        {
            defects.Add(Range(LadderDefectKind.Gap, index, boundValue, boundValue, sign));
        }
    }

    private static void AddIncomplete(ImmutableArray<LadderDefect>.Builder defects, GradeLadder ladder)
    {
        var missing = GradeExtensions.All.Where(g => !ladder.Steps.Any(s => s.Grade == g)).ToArray();
        var last = ladder.Steps.Length - 1;
        var open = ladder.Steps.Length > 1 && Upward(ladder.EffectiveComparator(last), ladder.IsUpward).IsUpperBound();
        if (missing.Length > 0 || !open)
        {
            defects.Add(new LadderDefect(LadderDefectKind.Incomplete, null, MissingGrades: missing));
        }
    }

    private static LadderDefect Range(LadderDefectKind kind, int index, decimal from, decimal to, decimal sign) =>
        sign > 0
            ? new LadderDefect(kind, index, from, to)
            : new LadderDefect(kind, index, -to, -from);

    private static Comparator Upward(Comparator comparator, bool isUpward) => isUpward ? comparator : comparator.Mirror();
}
