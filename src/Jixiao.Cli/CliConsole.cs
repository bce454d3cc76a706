using System.Globalization;
using Jixiao.Diagnostics;

namespace Jixiao.Cli;

/// <summary>Where the CLI writes, and in which language.</summary>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, CultureInfo Culture)
{
    /// <summary>Prints diagnostics as <c>file:line: 警告 [code] message</c>, one per line, to standard error.</summary>
    public void Report(string file, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var where = diagnostic.Where is { } place ? $"{file}:{place}" : file;
            var severity = CliText.Get("Severity." + diagnostic.Severity.ToString().ToLowerInvariant(), Culture);
            Error.WriteLine($"{where}: {severity} [{diagnostic.Code}] {diagnostic.Message.Format(Culture)}");
        }
    }
}

/// <summary>User-facing CLI text from the Messages resources.</summary>
internal static class CliText
{
    public static string Get(string key, CultureInfo culture) => LocalizedText.Get(key, culture);
}
