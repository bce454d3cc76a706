using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Jixiao.Goals.Codes;

/// <summary>
/// 项目期 — the budget years a project runs, both inclusive: 2020—2022 is three years; a one-year project starts
/// and ends in the same year. Documents write <c>2020-2022年</c>, <c>2020年—2022年</c>, <c>2020至2022年</c> or one year.
/// </summary>
public sealed partial record ProjectPeriod
{
    [JsonConstructor]
    public ProjectPeriod(FiscalYear start, FiscalYear end)
    {
        if (end.Value < start.Value)
        {
            throw new ArgumentException($"A 项目期 ends ({end}) no earlier than it starts ({start}).", nameof(end));
        }
        Start = start;
        End = end;
    }

    /// <summary>The first year (inclusive).</summary>
    public FiscalYear Start { get; }

    /// <summary>The last year (inclusive).</summary>
    public FiscalYear End { get; }

    /// <summary>How many budget years it covers (1 for a one-year project).</summary>
    [JsonIgnore]
    public int Years => End.Value - Start.Value + 1;

    /// <summary>Whether a budget year falls within it.</summary>
    public bool Covers(FiscalYear year) => year.Value >= Start.Value && year.Value <= End.Value;

    [GeneratedRegex(@"^(?<start>\d{4})年?(?:度)?(?:\s*(?:-|－|—|–|~|～|至|到)+\s*(?<end>\d{4})年?(?:度)?)?$")]
    private static partial Regex Pattern();

    /// <summary>A 项目期 as documents write it, or null when the text is none (or ends before it starts).</summary>
    public static ProjectPeriod? Read(string? text)
    {
        var match = Pattern().Match(CodeText.Normalise(text).Replace(" ", "", StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }
        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = match.Groups["end"].Success ? int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture) : start;
        return FiscalYear.TryCreate(start, out var first) && FiscalYear.TryCreate(end, out var last) && end >= start
            ? new ProjectPeriod(first, last)
            : null;
    }

    /// <summary>2020—2022年, or 2021年 for one year.</summary>
    public override string ToString() => Years == 1 ? $"{Start}年" : $"{Start}—{End}年";
}
