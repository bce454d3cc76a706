using System.CommandLine;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao export FILE --to docx|xlsx|pdf|html [--actuals ACTUALS] -o OUT</c>: a document (text, JSON,
/// DOCX or XLSX) to the disclosure in Word, Excel, PDF or HTML. With --actuals (a 自评表 as XLSX or DOCX)
/// the XLSX gains the 自评表 sheets and the PDF is the self-evaluation.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = CliText.Get("Cli.Export.File", console.Culture) };
        var to = new Option<string>("--to") { Description = "docx | xlsx | pdf | html", Required = true };
        to.AcceptOnlyFromAmong("docx", "xlsx", "pdf", "html");
        var actuals = new Option<string?>("--actuals") { Description = CliText.Get("Cli.Export.Actuals", console.Culture) };
        var output = new Option<string>("--out", "-o") { Description = CliText.Get("Cli.Export.Out", console.Culture), Required = true };
        var department = DocumentOptions.Department(console.Culture);
        var year = DocumentOptions.Year(console.Culture);
        var command = new Command("export", CliText.Get("Cli.Export", console.Culture)) { file, to, actuals, output, department, year };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var read = DocumentReader.ReadFile(path, new DisclosureReadOptions(path, result.GetValue(department), result.GetValue(year)));
            console.Report(path, read.Diagnostics);
            if (read.GoalSet is not { } goals || read.HasErrors)
            {
                return ExitCodes.BadInput;
            }
            SelfEvaluationSheet? evaluation = null;
            if (result.GetValue(actuals) is { } actualsPath && (evaluation = ReadEvaluation(console, actualsPath, goals)) is null)
            {
                return ExitCodes.BadInput;
            }
            // --to accepts only the four names, so parsing cannot fail here.
            var format = DocumentExport.TryParse(result.GetValue(to), out var parsed) ? parsed : ExportFormat.Docx;
            if (DocumentExport.Render(goals, format, evaluation, out var error) is not { } exported)
            {
                console.Report(path, [error!]);
                return ExitCodes.BadInput;
            }
            File.WriteAllBytes(result.GetValue(output)!, exported.Content);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The 自评表 results of a DOCX/XLSX file. Until the evaluation feature computes them from an actuals
    /// CSV/JSON, that is the only source; the results are used as the document states them.
    /// </summary>
    private static SelfEvaluationSheet? ReadEvaluation(CliConsole console, string path, GoalSet goals)
    {
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
        if (bytes is null || !OfficeReader.LooksLikeOffice(bytes))
        {
            console.Report(path, [Diagnostic.Error("actuals-format", null, "Export.ActualsFormat", path)]);
            return null;
        }
        var read = OfficeReader.Read(bytes, new DisclosureReadOptions(path, goals.Department.Name, goals.Year.Value));
        console.Report(path, read.Result.Diagnostics);
        if (read.Evaluation is null)
        {
            console.Report(path, [Diagnostic.Error("actuals-missing", null, "Export.NoActuals", path)]);
        }
        return read.Evaluation;
    }
}
