using Jixiao.Diagnostics;

namespace Jixiao.Data.Checks;

/// <summary>
/// 检查发现 as the pages and the API show it: the rule, how serious, which fund/indicator/step it concerns
/// (matched by name, as the checks report them), and the message with its fix hint in the reader's language.
/// </summary>
public sealed record FindingView(string Rule, Severity Severity, string? Fund, string? Indicator, string? Step, string Text)
{
    public bool Concerns(string fund, string indicator) =>
        string.Equals(Fund, fund, StringComparison.Ordinal) && string.Equals(Indicator, indicator, StringComparison.Ordinal);
}
