using System.Globalization;
using Jixiao.Targets;

namespace Jixiao.Tests.Targets;

/// <summary>A one-line description of a parsed target, so that grammar cases read as tables.</summary>
internal static class TargetDescriber
{
    public static string Describe(Target target) => target switch
    {
        QuantitativeTarget q => $"{q.Comparator.Code()}{(q.ComparatorImplied ? "?" : "")} {N(q.Value)} {q.Unit ?? "-"}",
        RangeTarget r => $"range {N(r.Low)}..{N(r.High)} {r.Unit ?? "-"}",
        QualitativeTarget => "qualitative",
        DeadlineTarget => "deadline",
        LadderTarget l => "ladder " + string.Join(" ", l.Ladder.Steps.Select(s =>
            $"{(s.Comparator is { } c ? c.Code() : "_")}{N(s.Value)}{s.Unit}{s.Grade.ChineseName()}")),
        TextTarget { Problem: { } p } => "text!" + p.ToString().ToLowerInvariant(),
        TextTarget => "text",
        _ => throw new InvalidOperationException(target.GetType().Name),
    };

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
