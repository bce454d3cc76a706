using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Diagnostics;
using Jixiao.Evaluation.Scoring;
using Jixiao.Targets;

namespace Jixiao.Evaluation;

/// <summary>
/// The JSON of a self-evaluation (docs/evaluation.md): <c>funds[]</c> with <c>budget</c>, <c>indicators[]</c>
/// and <c>total</c>, the department's <c>total</c>, and the <c>findings</c>. Explanations and messages are
/// in the given language; numbers are JSON numbers, rates fractions (0.95).
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(DepartmentEvaluation evaluation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("department", evaluation.Goals.Department.Name);
            w.WriteNumber("year", evaluation.Goals.Year.Value);
            w.WriteStartArray("funds");
            foreach (var fund in evaluation.Funds)
            {
                WriteFund(w, fund, culture);
            }
            w.WriteEndArray();
            WriteTotal(w, evaluation.Total, evaluation.Grade, null, evaluation.Explain(culture), culture);
            WriteFindings(w, evaluation.Findings, culture);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteFund(Utf8JsonWriter w, FundEvaluation fund, CultureInfo culture)
    {
        w.WriteStartObject();
        w.WriteString("name", fund.Fund.Name);
        var budget = fund.Budget;
        w.WriteStartObject("budget");
        Number(w, "initial", budget.Figures?.Initial);
        Number(w, "annual", budget.Figures?.Annual);
        Number(w, "executed", budget.Figures?.Executed);
        Number(w, "rate", budget.Rate is { } rate ? Numbers.Round(rate, 4) : null);
        w.WriteNumber("points", budget.Points);
        Number(w, "score", budget.Applicable ? budget.Score : null);
        Number(w, "enteredScore", budget.EnteredScore);
        w.WriteBoolean("applicable", budget.Applicable);
        w.WriteString("explanation", budget.Explain(culture));
        w.WriteEndObject();
        w.WriteStartArray("indicators");
        foreach (var indicator in fund.Indicators)
        {
            WriteIndicator(w, indicator, culture);
        }
        w.WriteEndArray();
        WriteTotal(w, fund.Total, fund.Grade, fund.EnteredTotal, fund.Explain(culture), culture);
        w.WriteEndObject();
    }

    /// <summary><c>total</c> of a fund (with the entered total, when there is one) or of the department.</summary>
    private static void WriteTotal(Utf8JsonWriter w, decimal? score, Grade? grade, decimal? entered, string explanation, CultureInfo culture)
    {
        w.WriteStartObject("total");
        Number(w, "score", score);
        Grade(w, grade, culture);
        if (entered is not null) Number(w, "enteredScore", entered);
        w.WriteString("explanation", explanation);
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, IndicatorEvaluation e, CultureInfo culture)
    {
        w.WriteStartObject();
        w.WriteString("level1", e.Indicator.Level1);
        w.WriteString("level2", e.Indicator.Level2);
        w.WriteString("name", e.Indicator.Name);
        w.WriteString("target", e.Indicator.Target.Text);
        if (e.Actual?.Value is { } actual) w.WriteString("actual", actual.Text); else w.WriteNull("actual");
        if (e.Grade is { } grade) w.WriteString("grade", GradeName(grade, culture)); else w.WriteNull("grade");
        if (e.Met is { } met) w.WriteBoolean("met", met); else w.WriteNull("met");
        w.WriteNumber("points", e.Points);
        w.WriteNumber("score", e.Score);
        Number(w, "enteredScore", e.EnteredScore);
        w.WriteString("rule", JsonNamingPolicy.KebabCaseLower.ConvertName(e.Rule.ToString()));
        w.WriteBoolean("applicable", e.Applicable);
        w.WriteString("reason", e.Actual?.Reason ?? "");
        w.WriteString("explanation", e.Explain(culture));
        w.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Diagnostic> findings, CultureInfo culture)
    {
        w.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            w.WriteStartObject();
            w.WriteString("code", finding.Code);
            w.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            if (finding.Where?.Line is { } line) w.WriteNumber("line", line);
            if (finding.Fund is { } fund) w.WriteString("fund", fund);
            if (finding.Indicator is { } indicator) w.WriteString("indicator", indicator);
            w.WriteString("message", finding.Message.Format(culture));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Grade(Utf8JsonWriter w, Grade? grade, CultureInfo culture)
    {
        if (grade is { } g) w.WriteString("grade", GradeName(g, culture)); else w.WriteNull("grade");
    }

    /// <summary>优/良/中/差 in Chinese output, excellent/good/fair/poor in English.</summary>
    private static string GradeName(Grade grade, CultureInfo culture) => TotalExplanation.GradeName(grade, culture);

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
