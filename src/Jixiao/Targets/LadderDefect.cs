namespace Jixiao.Targets;

/// <summary>The kinds of defect a grade ladder can have (rules.md §3, rule ids ladder-*).</summary>
public enum LadderDefectKind
{
    /// <summary>ladder-overlap: two grades' bands overlap, so one of them is ambiguous or unreachable.</summary>
    Overlap,
    /// <summary>ladder-gap: some values fall in no grade's band.</summary>
    Gap,
    /// <summary>ladder-missing-operator: a step has no comparator (<c>60差</c>).</summary>
    MissingComparator,
    /// <summary>ladder-incomplete: fewer than the four grades, or the lowest band is not open.</summary>
    Incomplete,
    /// <summary>ladder-order: grades or thresholds out of order, or mixed directions.</summary>
    Order,
}

/// <summary>
/// 档次缺陷 — one defect found in a ladder. <see cref="StepIndex"/> names the step concerned
/// (null for the ladder as a whole); <see cref="From"/>..<see cref="To"/> is the value range
/// that overlaps or is not covered, when there is one.
/// </summary>
public sealed record LadderDefect(
    LadderDefectKind Kind,
    int? StepIndex,
    decimal? From = null,
    decimal? To = null,
    IReadOnlyList<Grade>? MissingGrades = null);
