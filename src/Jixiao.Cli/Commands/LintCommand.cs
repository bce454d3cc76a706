using System.CommandLine;
using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao lint FILE [--json] [--min-severity info|warning|error] [--profile REGION.json] [--department NAME]</c>:
/// the reader's diagnostics and the rules' findings, grouped by fund and indicator, or as JSON.
/// Exit 0 without errors, 1 with an error-level finding, 2 when the input (or the profile) is unusable.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("FILE") { Description = CliText.Get("Cli.Lint.File", console.Culture), Arity = ArgumentArity.OneOrMore };
        Batch.RejectOptions(file, console);
        var json = new Option<bool>("--json") { Description = CliText.Get("Cli.Lint.Json", console.Culture) };
        var minimum = new Option<string>("--min-severity")
        {
            Description = CliText.Get("Cli.Lint.MinSeverity", console.Culture),
            DefaultValueFactory = _ => "info",
        };
        minimum.AcceptOnlyFromAmong("info", "warning", "error");
        var profile = new Option<string?>("--profile") { Description = CliText.Get("Cli.Lint.Profile", console.Culture) };
        var department = DocumentOptions.Department(console.Culture);
        var year = DocumentOptions.Year(console.Culture);
        var command = new Command("lint", CliText.Get("Cli.Lint", console.Culture)) { file, json, minimum, profile, department, year };
        command.SetAction(result =>
        {
            var linter = LinterFor(result.GetValue(profile), console);
            if (linter is null)
            {
                return ExitCodes.BadInput;
            }
            var (files, isBatch) = Batch.Expand(result.GetValue(file)!);
            var rows = new List<Batch.Row>();
            var exit = ExitCodes.Ok;
            for (var i = 0; i < files.Count; i++)
            {
                var path = files[i];
                if (isBatch)
                {
                    Batch.Progress(console, i + 1, files.Count, path);
                }
                var read = DocumentReader.ReadFile(path, new DisclosureReadOptions(path, result.GetValue(department), result.GetValue(year)));
                var report = LintReport.Create(read, linter, ParseSeverity(result.GetValue(minimum)));
                rows.Add(Batch.RowOf(path, read, report?.Findings.Length));
                if (report is null)
                {
                    console.Report(path, read.Diagnostics);
                    exit = ExitCodes.BadInput;
                    continue;
                }
                if (result.GetValue(json))
                {
                    LintJson.Write(report, console.Output, console.Culture);
                }
                else
                {
                    new LintText(console, UseColour(console)).Write(path, report);
                }
                exit = Math.Max(exit, report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok);
            }
            if (isBatch && !result.GetValue(json))
            {
                console.Output.WriteLine();
                Batch.Summary(console, rows);
            }
            return exit;
        });
        return command;
    }

    private static Linter? LinterFor(string? profilePath, CliConsole console)
    {
        if (profilePath is null)
        {
            return Linter.Default;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(profilePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Report(profilePath, [Diagnostic.Error("profile-invalid", null, "Lint.ProfileInvalid", profilePath, exception.Message)]);
            return null;
        }
        var (region, error) = LintProfile.Read(bytes, profilePath);
        if (region is null)
        {
            console.Report(profilePath, [error!]);
            return null;
        }
        return new Linter(new CompiledProfile(region));
    }

    private static Severity ParseSeverity(string? text) => text switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    private static bool UseColour(CliConsole console) =>
        ReferenceEquals(console.Output, Console.Out) && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
