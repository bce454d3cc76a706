using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Goals.Categories;

namespace Jixiao.Checks;

/// <summary>
/// 检查规则 — one quality check with a stable id (rules.md §7), a default severity and a fix hint
/// (message keys <c>Lint.{id}…</c> and <c>Lint.{id}.Fix</c> in lint.messages.tsv). A rule implements
/// <see cref="IndicatorRule"/> or implements <see cref="IFundRule"/> or <see cref="IGoalSetRule"/> (or both).
/// </summary>
public abstract class LintRule
{
    private readonly string _messageKey;
    private readonly LocalizedText _fix;

    protected LintRule(string id, Severity defaultSeverity)
    {
        Id = id;
        DefaultSeverity = defaultSeverity;
        Severity = defaultSeverity;
        _messageKey = "Lint." + id;
        _fix = new LocalizedText(FixKey);
    }

    public string Id { get; }

    public Severity DefaultSeverity { get; }

    /// <summary>The severity it runs at: the default unless the profile says otherwise.</summary>
    public Severity Severity { get; internal set; }

    /// <summary>The message key of the fix hint.</summary>
    public string FixKey => "Lint." + Id + ".Fix";

    /// <summary>A finding about one indicator; <paramref name="variant"/> picks the message <c>Lint.{id}.{variant}</c>.</summary>
    protected Finding About(Fund fund, Indicator indicator, string? variant, params object?[] arguments) =>
        new(Id, Severity, Message(variant, arguments))
        {
            Fund = fund.Name,
            Indicator = indicator.Name,
            Where = indicator.Source ?? fund.Source,
            Fix = _fix,
        };

    /// <summary>A finding about a fund as a whole.</summary>
    protected Finding AboutFund(Fund fund, string? variant, params object?[] arguments) =>
        new(Id, Severity, Message(variant, arguments)) { Fund = fund.Name, Where = fund.Source, Fix = _fix };

    /// <summary>A finding with no place but the message.</summary>
    protected Finding Make(string? variant, params object?[] arguments) =>
        new(Id, Severity, Message(variant, arguments)) { Fix = _fix };

    private LocalizedText Message(string? variant, object?[] arguments) =>
        new(variant is null ? _messageKey : _messageKey + "." + variant, arguments);
}

/// <summary>
/// A rule that judges one indicator at a time. A base class rather than an interface: the linter calls
/// every indicator rule for every indicator, and a virtual call is cheaper there than interface dispatch.
/// </summary>
public abstract class IndicatorRule(string id, Severity defaultSeverity) : LintRule(id, defaultSeverity)
{
    public abstract void Check(in IndicatorScope scope, List<Finding> findings);
}

/// <summary>A rule that judges a fund's table as a whole (which categories it has).</summary>
public interface IFundRule
{
    void Check(Fund fund, ReadOnlySpan<IndicatorFacts> facts, List<Finding> findings);
}

/// <summary>A rule that looks across funds, or at the department's own goals.</summary>
public interface IGoalSetRule
{
    void Check(GoalSet goals, List<Finding> findings);
}

/// <summary>One indicator in its fund, with what the engine worked out about it once for all rules.</summary>
public readonly record struct IndicatorScope(Fund Fund, Indicator Indicator, IndicatorFacts Facts);

/// <summary>What every rule would otherwise work out again: the indicator's categories and measure.</summary>
/// <param name="Categories">Its 一级/二级 names classified by the taxonomy (the same classification the scoring and the target parser use).</param>
/// <param name="Measure">Index into <see cref="CompiledProfile.Measures"/> of the measure its name announces, or -1.</param>
public readonly record struct IndicatorFacts(Classification Categories, int Measure)
{
    /// <summary>一级指标 resolved against the taxonomy.</summary>
    public CategoryName Level1 => Categories.Level1;

    /// <summary>二级指标 resolved against the taxonomy.</summary>
    public CategoryName Level2 => Categories.Level2;
}
