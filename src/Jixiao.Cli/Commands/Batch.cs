using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Formats.Tables;

namespace Jixiao.Cli.Commands;

/// <summary>
/// 批量 — several files or folders at once for <c>parse</c> and <c>lint</c> (issue 14: a bureau digitising years of
/// documents): the files are found (folders searched for the formats Jixiao reads), progress goes to standard error,
/// and a table ends the run: file, format, funds, indicators, rows not read, findings.
/// </summary>
internal static class Batch
{
    private static readonly HashSet<string> Readable =
        [".txt", ".json", ".html", ".htm", ".shtml", ".pdf", ".docx", ".xlsx", ".doc", ".xls", ".wps", ".et", ".docm", ".xlsm"];

    /// <summary>One line of the closing table.</summary>
    public sealed record Row(string File, int Funds, int Indicators, int Unread, int? Findings, bool Usable);

    /// <summary>The files named, folders expanded (sorted, recursive); whether the run is a batch rather than one file.</summary>
    public static (List<string> Files, bool IsBatch) Expand(IReadOnlyList<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Readable.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(input);
            }
        }
        return (files, inputs.Count > 1 || inputs.Any(Directory.Exists));
    }

    /// <summary>An unknown option (<c>--no-such-option</c>) would otherwise be taken for one more file.</summary>
    public static void RejectOptions(System.CommandLine.Argument<string[]> files, CliConsole console) =>
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value)))
            {
                result.AddError(string.Format(console.Culture, CliText.Get("Cli.Batch.UnknownOption", console.Culture), token.Value));
            }
        });

    public static void Progress(CliConsole console, int index, int count, string file) =>
        console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Batch.Progress", console.Culture), index, count, file));

    public static Row RowOf(string file, ImportResult read, int? findings) => new(file, read.GoalSet?.Funds.Length ?? 0,
        read.GoalSet?.Funds.Sum(f => f.Indicators.Length) ?? 0, read.Diagnostics.Count(ReadingGaps.IsGap), findings, read.IsUsable);

    /// <summary>The closing table, columns aligned for a terminal (Chinese characters take two columns).</summary>
    public static void Summary(CliConsole console, IReadOnlyList<Row> rows)
    {
        string T(string key) => CliText.Get(key, console.Culture);
        var table = new List<string[]> { new[] { T("Cli.Batch.File"), T("Cli.Batch.Format"), T("Cli.Batch.Funds"), T("Cli.Batch.Indicators"), T("Cli.Batch.Unread"), T("Cli.Batch.Findings") } };
        foreach (var row in rows)
        {
            table.Add([row.File, row.Usable ? Path.GetExtension(row.File).TrimStart('.').ToLowerInvariant() : T("Cli.Batch.Unusable"),
                Number(row.Funds), Number(row.Indicators), Number(row.Unread), row.Findings is { } findings ? Number(findings) : "—"]);
        }
        table.Add([string.Format(console.Culture, T("Cli.Batch.Total"), rows.Count), "", Number(rows.Sum(r => r.Funds)),
            Number(rows.Sum(r => r.Indicators)), Number(rows.Sum(r => r.Unread)), rows.Any(r => r.Findings is not null) ? Number(rows.Sum(r => r.Findings ?? 0)) : "—"]);
        var widths = Enumerable.Range(0, 6).Select(c => table.Max(r => Width(r[c]))).ToArray();
        foreach (var line in table)
        {
            console.Output.WriteLine(string.Concat(line.Select((cell, c) => c == 0 ? cell + new string(' ', widths[c] - Width(cell) + 2) : new string(' ', widths[c] - Width(cell)) + cell + "  ")).TrimEnd());
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Width(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
}
