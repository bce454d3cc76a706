using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Goals;

namespace Jixiao.Evaluation.Actuals;

/// <summary>What reading an actuals file gives: the matched actuals (null when unusable) and every problem, with its line.</summary>
public sealed record ActualsResult(ActualSet? Actuals, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Reads an actuals file, CSV or JSON (chosen by content), in UTF-8 with or without BOM or GB18030.</summary>
public static class ActualsReader
{
    public static ActualsResult Read(ReadOnlySpan<byte> bytes, string fileName, GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
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
