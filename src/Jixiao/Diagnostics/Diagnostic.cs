using Jixiao.Goals;

namespace Jixiao.Diagnostics;

/// <summary>
/// 诊断 — something a reader found in its input: a rule id (<see cref="Code"/>), a severity, the place,
/// and a message that says what is wrong and how to fix it.
/// </summary>
public sealed record Diagnostic(string Code, Severity Severity, SourceRef? Where, LocalizedText Message)
{
    /// <summary>The fund concerned, when there is one.</summary>
    public string? Fund { get; init; }

    /// <summary>The indicator concerned, when there is one.</summary>
    public string? Indicator { get; init; }

    public static Diagnostic Error(string code, SourceRef? where, string key, params object?[] arguments) =>
        new(code, Severity.Error, where, new LocalizedText(key, arguments));

    public static Diagnostic Warning(string code, SourceRef? where, string key, params object?[] arguments) =>
        new(code, Severity.Warning, where, new LocalizedText(key, arguments));

    public static Diagnostic Info(string code, SourceRef? where, string key, params object?[] arguments) =>
        new(code, Severity.Info, where, new LocalizedText(key, arguments));
}
