using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Checks;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao lint --json</c>: <c>{ "findings": [ { rule, severity, fund, indicator, step, line, message, fix } ] }</c>;
/// absent places are left out. The message says what is wrong and how to fix it; <c>fix</c> repeats the hint alone.
/// </summary>
internal static class LintJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(LintReport report, TextWriter output, CultureInfo culture)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(writer, finding, culture);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding, CultureInfo culture)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.Rule);
        writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        WriteIfPresent(writer, "fund", finding.Fund);
        WriteIfPresent(writer, "indicator", finding.Indicator);
        WriteIfPresent(writer, "step", finding.Step);
        if (finding.Where?.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }
        else if (finding.Where is { } cell)
        {
            writer.WriteString("cell", cell.ToString());
        }
        writer.WriteString("message", finding.Text(culture));
        WriteIfPresent(writer, "fix", finding.Fix?.Format(culture));
        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
