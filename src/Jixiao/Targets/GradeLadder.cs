using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Jixiao.Formats.Json;

namespace Jixiao.Targets;

/// <summary>
/// 评分档次表 — an ordered list of steps over one measure. The grade of an actual value is the best
/// grade whose condition holds (rules.md §3). A ladder may be defective exactly as the document wrote
/// it; <see cref="Defects"/> says how.
/// </summary>
[JsonConverter(typeof(GradeLadderJsonConverter))]
public sealed class GradeLadder : IEquatable<GradeLadder>
{
    private ImmutableArray<LadderDefect>? _defects;

    public GradeLadder(IEnumerable<LadderStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Steps = [.. steps];
        if (Steps.IsEmpty)
        {
            throw new ArgumentException("A grade ladder needs at least one step.", nameof(steps));
        }
        IsUpward = DetermineUpward(Steps);
    }

    /// <summary>The steps in the order written.</summary>
    public ImmutableArray<LadderStep> Steps { get; }

    /// <summary>True when higher values earn better grades (≥ steps); false for ≤ ladders.</summary>
    public bool IsUpward { get; }

    /// <summary>The defects of this ladder, computed once.</summary>
    public ImmutableArray<LadderDefect> Defects => _defects ??= LadderAnalysis.FindDefects(this);

    /// <summary>
    /// The comparator used for a step: as written, or, where the document left it out, the ladder's
    /// own (≥ in an upward ladder) — except a final 差 step, which closes the ladder (＜).
    /// </summary>
    public Comparator EffectiveComparator(int index)
    {
        var step = Steps[index];
        if (step.Comparator is { } written)
        {
            return written;
        }
        var closes = index == Steps.Length - 1 && Steps.Length > 1 && step.Grade == Grade.Poor;
        return (IsUpward, closes) switch
        {
            (true, false) => Comparator.GreaterOrEqual,
            (true, true) => Comparator.Less,
            (false, false) => Comparator.LessOrEqual,
            (false, true) => Comparator.Greater,
        };
    }

    /// <summary>Grades an actual value: the best grade whose condition holds, or 差 with the reason none did.</summary>
    public LadderGrading GradeOf(decimal actual)
    {
        Grade? best = null;
        var steps = Steps.AsSpan();
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var comparator = step.Comparator ?? EffectiveComparator(i);
            if (comparator.Holds(actual, step.Value) && (best is null || step.Grade < best.Value))
            {
                best = step.Grade;
            }
        }
        if (best is { } grade)
        {
            return new LadderGrading(grade, LadderGradingNote.InBand);
        }
        return new LadderGrading(Grade.Poor, IsBeyondWorstEnd(actual) ? LadderGradingNote.BelowLadder : LadderGradingNote.InGap);
    }

    private bool IsBeyondWorstEnd(decimal actual)
    {
        var extreme = Steps[0].Value;
        foreach (var step in Steps)
        {
            extreme = IsUpward ? Math.Min(extreme, step.Value) : Math.Max(extreme, step.Value);
        }
        return IsUpward ? actual < extreme : actual > extreme;
    }

    private static bool DetermineUpward(ImmutableArray<LadderStep> steps)
    {
        int up = 0, down = 0;
        // The last step of a sound ladder is the closing one and points the other way: it does not vote.
        var voters = steps.Length > 1 ? steps.Length - 1 : 1;
        for (var i = 0; i < voters; i++)
        {
            if (steps[i].Comparator is { } c)
            {
                if (c.IsLowerBound()) up++;
                else if (c.IsUpperBound()) down++;
            }
        }
        if (up == down && steps.Length > 1)
        {
            // No comparators to go by: better grades sit on higher thresholds in an upward ladder.
            return steps[0].Value >= steps[^1].Value;
        }
        return up >= down;
    }

    public bool Equals(GradeLadder? other) => other is not null && Steps.SequenceEqual(other.Steps);

    public override bool Equals(object? obj) => Equals(obj as GradeLadder);

    public override int GetHashCode() => Steps.Aggregate(0, (hash, step) => HashCode.Combine(hash, step));

    public override string ToString() => string.Join(" ", Steps.Select(s => s.Describe()));
}

/// <summary>Why a graded value got its grade.</summary>
public enum LadderGradingNote
{
    /// <summary>The value lies in the band of the grade.</summary>
    InBand,
    /// <summary>The value lies between two bands that the ladder leaves uncovered; graded 差.</summary>
    InGap,
    /// <summary>The value lies beyond the worst step of a ladder that has no open lowest band; graded 差.</summary>
    BelowLadder,
}

/// <summary>The grade of one actual value on a ladder, with the reason.</summary>
public readonly record struct LadderGrading(Grade Grade, LadderGradingNote Note);
