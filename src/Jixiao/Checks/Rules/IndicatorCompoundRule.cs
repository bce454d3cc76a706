using Jixiao.Diagnostics;

namespace Jixiao.Checks.Rules;

/// <summary>
/// indicator-compound: one indicator measures two things (批捕准确率和有罪判决率), so no single actual
/// value can be entered. Found where a joiner (和, 及, 与 …) stands between two phrases that each end in a
/// measure word (率, 人数 …), in the 三级指标 or its 绩效指标描述.
/// </summary>
public sealed class IndicatorCompoundRule(CompiledProfile profile) : IndicatorRule("indicator-compound", Severity.Warning)
{
    private static readonly char[] Closing = ['。', '；', ';', '，', ',', '.', ' '];

    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var indicator = scope.Indicator;
        if (TryFind(indicator.Name, out var left, out var right) || TryFind(indicator.Description, out left, out right))
        {
            findings.Add(About(scope.Fund, indicator, null, left, right));
        }
    }

    /// <summary>The two measures joined in <paramref name="text"/>, if any.</summary>
    public bool TryFind(string text, out string left, out string right)
    {
        left = right = "";
        if (!text.AsSpan().ContainsAny(profile.JoinerStarts))
        {
            return false;
        }
        var span = text.AsSpan().TrimEnd(Closing);
        foreach (var joiner in profile.CompoundJoiners)
        {
            var at = span.IndexOf(joiner, StringComparison.Ordinal);
            while (at > 0)
            {
                var end = at + joiner.Length;
                // 及时 is a word of its own (办结及时率), not 及 joining two measures.
                var isWord = joiner == "及" && end < span.Length && span[end] == '时';
                if (!isWord && EndsWithMeasure(span[..at]) && EndsWithMeasure(span[end..]))
                {
                    left = span[..at].ToString();
                    right = span[end..].ToString();
                    return true;
                }
                var next = span[end..].IndexOf(joiner, StringComparison.Ordinal);
                at = next < 0 ? -1 : end + next;
            }
        }
        return false;
    }

    private bool EndsWithMeasure(ReadOnlySpan<char> phrase)
    {
        foreach (var ending in profile.MeasureEndings)
        {
            // A lone 率 or 数 is not a measure of its own; 满意度 is.
            if (phrase.Length > 1 && phrase.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
