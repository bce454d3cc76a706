using Jixiao.Diagnostics;

namespace Jixiao.Data.Checks;

/// <summary>
/// 检查发现 as the pages and the API show it: the rule, how serious, which fund/indicator/step it concerns
/// (by name, and for an indicator also by its row in the fund's table), and the message with its fix hint in the
/// reader's language.
/// </summary>
public sealed record FindingView(string Rule, Severity Severity, string? Fund, string? Indicator, string? Step, string Text)
{
    /// <summary>The indicator's row in its fund's table (from 0), when the check placed it: what tells two same-named rows apart.</summary>
    public int? Row { get; init; }

    /// <summary>Whether the finding is about the indicator at <paramref name="row"/> named <paramref name="indicator"/>.</summary>
    public bool IsAbout(int row, string indicator) => Row is { } at ? at == row : string.Equals(Indicator, indicator, StringComparison.Ordinal);
}
