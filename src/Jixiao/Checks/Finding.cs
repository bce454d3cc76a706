using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Goals;

namespace Jixiao.Checks;

/// <summary>
/// 检查发现 — what a rule found: the rule id, severity, place (fund, indicator, grade step, line) and a
/// message that says what is wrong, followed by how to fix it.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, LocalizedText Message)
{
    /// <summary>The fund concerned (its name), when there is one.</summary>
    public string? Fund { get; init; }

    /// <summary>The indicator concerned (三级指标), when there is one.</summary>
    public string? Indicator { get; init; }

    /// <summary>
    /// Where the indicator concerned is in the goal set, stamped by the linter on what an indicator rule found: two
    /// indicators of the same name get each its own findings.
    /// </summary>
    public RowPlace? Place { get; init; }

    /// <summary>The grade step concerned, as written (<c>≥60中</c>), for ladder rules.</summary>
    public string? Step { get; init; }

    /// <summary>Where in the input: a line for text input (a cell for DOCX/XLSX).</summary>
    public SourceRef? Where { get; init; }

    /// <summary>How to fix it; null when <see cref="Message"/> already says so (import diagnostics).</summary>
    public LocalizedText? Fix { get; init; }

    /// <summary>The message and the fix in one text, in the reader's language.</summary>
    public string Text(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var message = Message.Format(culture);
        if (Fix is null)
        {
            return message;
        }
        var separator = culture.TwoLetterISOLanguageName == "en" ? " " : "";
        return message + separator + Fix.Format(culture);
    }

    /// <summary>An import diagnostic shown among the findings (the reader found it, not a rule).</summary>
    public static Finding FromDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new Finding(diagnostic.Code, diagnostic.Severity, diagnostic.Message)
        {
            Fund = diagnostic.Fund,
            Indicator = diagnostic.Indicator,
            Where = diagnostic.Where,
        };
    }
}
