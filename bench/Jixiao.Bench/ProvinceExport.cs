using System.Diagnostics;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Html;
using Jixiao.Formats.Pdf;
using Jixiao.Generation;
using Jixiao.Goals;

namespace Jixiao.Bench;

/// <summary>
/// Exporting the disclosures of 1,000 generated departments (the province shape: 20 funds × 15
/// indicators each), one after another on one thread, to DOCX, HTML and PDF (goal: DOCX under 30 s).
/// Too long for BenchmarkDotNet's repetitions: timed once with a stopwatch, after a warm-up department.
/// Run: <c>dotnet run -c Release --project bench/Jixiao.Bench -- province-export [N]</c>.
/// </summary>
internal static class ProvinceExport
{
    public static void Run(int departments)
    {
        var generator = new ProvinceGenerator(ProvinceGenerator.Province);
        var models = new GoalSet[departments];
        for (var i = 0; i < departments; i++)
        {
            models[i] = generator.Department(i);
        }
        Console.WriteLine($"{departments:N0} departments, {models.Sum(m => m.Funds.Sum(f => f.Indicators.Length)):N0} indicators");
        Time("DOCX", models, goals => DocxWriter.Write(goals).LongLength);
        Time("HTML", models, goals => HtmlWriter.Write(goals).Length);
        Time("PDF", models, goals => PdfWriter.Disclosure(goals, out _)?.LongLength ?? 0);
    }

    private static void Time(string format, GoalSet[] models, Func<GoalSet, long> export)
    {
        export(models[0]);
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var goals in models)
        {
            bytes += export(goals);
        }
        clock.Stop();
        Console.WriteLine($"{format}: {clock.Elapsed.TotalSeconds:F1} s for {models.Length:N0} departments ({clock.Elapsed.TotalMilliseconds / models.Length:F1} ms each), {bytes / 1024.0 / 1024.0:F0} MiB");
    }
}
