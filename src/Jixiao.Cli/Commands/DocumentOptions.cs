using System.CommandLine;
using System.Globalization;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>Options of every verb that reads a document.</summary>
internal static class DocumentOptions
{
    public static Option<string?> Department(CultureInfo culture) =>
        new("--department", "-d") { Description = CliText.Get("Cli.Option.Department", culture) };

    public static Option<int?> Year(CultureInfo culture) =>
        new("--year") { Description = CliText.Get("Cli.Option.Year", culture) };

    /// <summary>Reads the goal document a verb works on, reporting its diagnostics; null when it is unusable or has errors.</summary>
    public static GoalSet? ReadGoals(CliConsole console, string path, string? department, int? year)
    {
        var read = DocumentReader.ReadFile(path, new DisclosureReadOptions(path, department, year));
        console.Report(path, read.Diagnostics);
        return read.GoalSet is { } goals && !read.HasErrors ? goals : null;
    }
}
