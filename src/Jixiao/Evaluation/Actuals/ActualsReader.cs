using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>What reading an actuals file gives: the matched actuals (null when unusable) and every problem, with its line.</summary>
public sealed record ActualsResult(ActualSet? Actuals, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Reads an actuals file, CSV or JSON (chosen by content), in UTF-8 with or without BOM or GB18030, or a 自评表 in
/// Word or Excel (its 实际完成值, 偏差原因 and entered 得分, read by the Office reader).
/// </summary>
public static class ActualsReader
{
    public static ActualsResult Read(ReadOnlySpan<byte> bytes, string fileName, GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        if (OfficeReader.LooksLikeOffice(bytes) || OfficeReader.HasOfficeExtension(fileName))
        {
            return ReadSelfEvaluation(bytes.ToArray(), fileName, goals);
        }
        var text = InputText.Decode(bytes, fileName, out var error);
        if (text is null)
        {
            return new ActualsResult(null, [error!]);
        }
        var (rows, diagnostics) = text.AsSpan().TrimStart().StartsWith("{")
            ? ActualsJsonReader.Read(text, fileName)
            : ActualsCsvReader.Read(text, fileName);
        if (rows is null)
        {
            return new ActualsResult(null, diagnostics);
        }
        var (actuals, bound) = ActualsBinder.Bind(goals, rows);
        diagnostics.AddRange(bound);
        return new ActualsResult(actuals, diagnostics);
    }

    /// <summary>A 自评表 in Word or Excel: its actuals, reasons and entered scores, matched like CSV rows.</summary>
    private static ActualsResult ReadSelfEvaluation(byte[] bytes, string fileName, GoalSet goals)
    {
        var read = OfficeReader.Read(bytes, new DisclosureReadOptions(fileName, goals.Department.Name, goals.Year.Value));
        var diagnostics = read.Result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (read.Evaluation is not { } sheet)
        {
            return new ActualsResult(null, diagnostics.Count > 0 ? diagnostics : [Diagnostic.Error("actuals-missing", null, "Export.NoActuals", fileName)]);
        }
        var (actuals, bound) = ActualsBinder.Bind(goals, SelfEvaluationBridge.ToActualRows(goals, sheet));
        diagnostics.AddRange(bound);
        return new ActualsResult(actuals, diagnostics);
    }

    public static ActualsResult ReadFile(string path, GoalSet goals)
    {
        try
        {
            if (!File.Exists(path))
            {
                return new ActualsResult(null, [Diagnostic.Error("file-missing", null, "File.NotFound", path)]);
            }
            if (new FileInfo(path).Length > InputText.MaxBytes)
            {
                return new ActualsResult(null, [Diagnostic.Error("file-too-large", null, "File.TooLarge", path, new FileInfo(path).Length, InputText.MaxBytes)]);
            }
            return Read(File.ReadAllBytes(path), path, goals);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new ActualsResult(null, [Diagnostic.Error("file-unreadable", null, "File.Unreadable", path, exception.Message)]);
        }
    }
}
