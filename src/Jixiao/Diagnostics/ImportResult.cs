using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Diagnostics;

/// <summary>
/// What reading a document gives: the goals (null when the input was unusable) and every diagnostic,
/// with its place. Expected failures are values, not exceptions.
/// </summary>
public sealed record ImportResult(GoalSet? GoalSet, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the input could be used at all.</summary>
    public bool IsUsable => GoalSet is not null;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public static ImportResult Unusable(params Diagnostic[] diagnostics) => new(null, [.. diagnostics]);
}
