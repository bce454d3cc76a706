using System.Text.RegularExpressions;

namespace Jixiao.Goals.Categories;

/// <summary>
/// 一级指标 labels as tables write them: with the category's points, <c>产出指标(50分)</c> or <c>产出指标（50 分）</c>,
/// or with stray spaces. Read in one place for the taxonomy, the scoring and the form readers.
/// </summary>
public static partial class CategoryLabel
{
    [GeneratedRegex(@"^(?<label>.+?)\s*[（(]\s*(?<points>\d+(?:\.\d+)?)\s*分\s*[)）]$")]
    private static partial Regex PointsSuffix();

    /// <summary>A label with points split into the name as written and the points; other labels as they are, with no points.</summary>
    public static (string Label, decimal? Points) Split(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var text = written.Trim();
        if (!text.Contains('分', StringComparison.Ordinal) || PointsSuffix().Match(text) is not { Success: true } match)
        {
            return (written, null);
        }
        // \d matches every script's digits and may be too long for a decimal: read as shown, or no points.
        return (match.Groups["label"].Value, Formats.Numerals.Decimal(match.Groups["points"].Value));
    }

    /// <summary>The points of a label such as 产出指标(50分), or null.</summary>
    public static decimal? PointsOf(string written) => Split(written).Points;

    /// <summary>The name to look up: white space removed and a bracketed ending (points, a note) cut: 产出指标（50分） → 产出指标.</summary>
    public static string Bare(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var text = written.Any(char.IsWhiteSpace) ? string.Concat(written.Where(c => !char.IsWhiteSpace(c))) : written;
        var open = text.IndexOfAny(['(', '（']);
        return open > 0 && text[^1] is ')' or '）' ? text[..open] : text;
    }
}
