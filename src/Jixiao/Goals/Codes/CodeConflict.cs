using System.Collections.Immutable;

namespace Jixiao.Goals.Codes;

/// <summary>
/// 编码重复 — one code given to two funds of a goal set (项目代码) or to two indicators of a fund (指标代码):
/// the code, the first holder and the second. Readers look for conflicts before they build the model and report
/// them at the second holder's place; a model built with one is a bug (<see cref="CodeConflictException"/>).
/// </summary>
public sealed record CodeConflict(CodeConflictKind Kind, Code Code, string Fund, string First, string Second)
{
    /// <summary>The first 项目代码 given twice, or null.</summary>
    public static CodeConflict? AmongFunds(IEnumerable<Fund> funds)
    {
        ArgumentNullException.ThrowIfNull(funds);
        var seen = new Dictionary<Code, string>();
        foreach (var fund in funds)
        {
            if (fund.Code is { } code && !seen.TryAdd(code, fund.Name))
            {
                return new CodeConflict(CodeConflictKind.Fund, code, fund.Name, seen[code], fund.Name);
            }
        }
        return null;
    }

    /// <summary>The first 指标代码 given to two indicators of a fund, or null.</summary>
    public static CodeConflict? AmongIndicators(string fund, ImmutableArray<Indicator> indicators)
    {
        Dictionary<Code, string>? seen = null;
        foreach (var indicator in indicators)
        {
            if (indicator.Code is { } code && !(seen ??= []).TryAdd(code, indicator.Name))
            {
                return new CodeConflict(CodeConflictKind.Indicator, code, fund, seen[code], indicator.Name);
            }
        }
        return null;
    }
}

/// <summary>What a conflicting code identifies.</summary>
public enum CodeConflictKind
{
    /// <summary>项目代码.</summary>
    Fund,
    /// <summary>指标代码.</summary>
    Indicator,
}

/// <summary>A model built with a code given twice: a reader that should have reported it did not.</summary>
public sealed class CodeConflictException : ArgumentException
{
    public CodeConflictException(CodeConflict conflict)
        : base($"The {(conflict?.Kind == CodeConflictKind.Fund ? "项目代码" : "指标代码")} '{conflict?.Code}' is given to both '{conflict?.First}' and '{conflict?.Second}'.")
    {
        ArgumentNullException.ThrowIfNull(conflict);
        Conflict = conflict;
    }

    public CodeConflict Conflict { get; }
}
