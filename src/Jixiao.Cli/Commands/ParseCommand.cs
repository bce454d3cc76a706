using System.CommandLine;
using Jixiao.Formats.Json;

namespace Jixiao.Cli.Commands;

/// <summary><c>jixiao parse FILE [--department NAME] [--year YEAR] [--out OUT.json]</c>: a document to canonical JSON.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = CliText.Get("Cli.Parse.File", console.Culture) };
        var department = DocumentOptions.Department(console.Culture);
        var year = DocumentOptions.Year(console.Culture);
        var output = new Option<string?>("--out", "-o") { Description = CliText.Get("Cli.Parse.Out", console.Culture) };
        var command = new Command("parse", CliText.Get("Cli.Parse", console.Culture)) { file, department, year, output };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (DocumentOptions.ReadGoals(console, path, result.GetValue(department), result.GetValue(year)) is not { } goals)
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
}
