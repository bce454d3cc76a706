using System.CommandLine;
using System.Globalization;

namespace Jixiao.Cli.Commands;

/// <summary>Options of every verb that reads a document.</summary>
internal static class DocumentOptions
{
    public static Option<string?> Department(CultureInfo culture) =>
        new("--department", "-d") { Description = CliText.Get("Cli.Option.Department", culture) };

    public static Option<int?> Year(CultureInfo culture) =>
        new("--year") { Description = CliText.Get("Cli.Option.Year", culture) };
}
