using System.CommandLine;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao parse FILE… [--department NAME] [--year YEAR] [--out OUT.json|DIR]</c>: a document to canonical JSON; several
/// files or a folder are read one by one with progress, each written as DIR/NAME.json, and a table ends the run.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string[]>("FILE") { Description = CliText.Get("Cli.Parse.File", console.Culture), Arity = ArgumentArity.OneOrMore };
        Batch.RejectOptions(file, console);
        var department = DocumentOptions.Department(console.Culture);
        var year = DocumentOptions.Year(console.Culture);
        var output = new Option<string?>("--out", "-o") { Description = CliText.Get("Cli.Parse.Out", console.Culture) };
        var command = new Command("parse", CliText.Get("Cli.Parse", console.Culture)) { file, department, year, output };
        command.SetAction(result =>
        {
            var (files, isBatch) = Batch.Expand(result.GetValue(file)!);
            if (isBatch)
            {
                return ParseAll(console, files, result.GetValue(department), result.GetValue(year), result.GetValue(output));
            }
            if (DocumentOptions.ReadGoals(console, files[0], result.GetValue(department), result.GetValue(year)) is not { } goals)
            {
                return ExitCodes.BadInput;
            }
            var json = CanonicalJson.Serialize(goals);
            if (result.GetValue(output) is { } outPath)
            {
                File.WriteAllBytes(outPath, json);
            }
            else
            {
                console.Output.Write(System.Text.Encoding.UTF8.GetString(json));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int ParseAll(CliConsole console, List<string> files, string? department, int? year, string? folder)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        var rows = new List<Batch.Row>();
        for (var i = 0; i < files.Count; i++)
        {
            Batch.Progress(console, i + 1, files.Count, files[i]);
            var read = DocumentReader.ReadFile(files[i], new DisclosureReadOptions(files[i], department, year));
            console.Report(files[i], read.Diagnostics);
            if (folder is not null && read.GoalSet is { } goals && !read.HasErrors)
            {
                File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(files[i]) + ".json"), CanonicalJson.Serialize(goals));
            }
            rows.Add(Batch.RowOf(files[i], read, null) with { Usable = read.IsUsable && !read.HasErrors });
        }
        Batch.Summary(console, rows);
        return rows.All(r => r.Usable) ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
