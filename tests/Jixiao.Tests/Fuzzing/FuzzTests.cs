namespace Jixiao.Tests.Fuzzing;

/// <summary>
/// The fuzzing harness (issue 13, item 6). Each reader gets a bounded pass on every test run (JIXIAO_FUZZ_SECONDS per
/// reader, 10 by default; JIXIAO_FUZZ_SEED varies the inputs) and fails with the saved inputs when one threw, ran past
/// JIXIAO_FUZZ_INPUT_MS or allocated past JIXIAO_FUZZ_ALLOC_MB. A longer hunt:
/// <c>JIXIAO_FUZZ_SECONDS=1800 dotnet test --project tests/Jixiao.Tests -c Release --filter-method "*Fuzzing*"</c>.
/// Every input that once failed is kept under regressions/ and read again on every run.
/// </summary>
[Collection(nameof(FuzzTests))]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly string Saved = Path.Combine(FindRoot(), "artifacts", "fuzz");

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_mutated_input_never_crashes_hangs_or_floods_memory(string target)
    {
        // JIXIAO_FUZZ_TARGETS=docx,xlsx runs only those (long hunts run one process per reader).
        if (Environment.GetEnvironmentVariable("JIXIAO_FUZZ_TARGETS") is { Length: > 0 } only && !only.Split(',').Contains(target, StringComparer.Ordinal))
        {
            return;
        }
        var seconds = FuzzRun.Setting("JIXIAO_FUZZ_SECONDS", 10);
        var seed = FuzzRun.Setting("JIXIAO_FUZZ_SEED", Environment.TickCount & 0x7FFF_FFFF);
        var report = FuzzRun.Run(FuzzTargets.Named(target), TimeSpan.FromSeconds(seconds), seed, Saved);
        output.WriteLine($"seed {seed}: {report}");
        Directory.CreateDirectory(Saved);
        File.AppendAllText(Path.Combine(Saved, "runs.txt"), $"{DateTimeOffset.UtcNow:u} {seconds} s, seed {seed}: {report}\n");
        Assert.True(report.Failures.Count == 0, $"seed {seed}: {report}");
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void An_input_that_once_failed_is_read_without_failing(string target, string file)
    {
        var (failure, took, _) = FuzzRun.ReadOne(FuzzTargets.Named(target), File.ReadAllBytes(Path.Combine(RegressionFolder, target, file)));
        Assert.True(failure is null, $"{file}: {failure?.Signature} {failure?.Detail} ({took.TotalMilliseconds:F0} ms)");
    }

    public static TheoryData<string> Targets() => FuzzTargets.Names();

    public static TheoryData<string, string> Regressions()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            var folder = Path.Combine(RegressionFolder, target.Name);
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                data.Add(target.Name, Path.GetFileName(file));
            }
        }
        return data;
    }

    private static string RegressionFolder => Path.Combine(AppContext.BaseDirectory, "Fuzzing", "regressions");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Jixiao.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>
/// The fuzzing passes run alone, after the other tests: they load both cores and allocate freely, which would make the
/// timing and memory assertions of other tests flaky, and their own time and allocation budgets are fairer alone.
/// </summary>
[CollectionDefinition(nameof(FuzzTests), DisableParallelization = true)]
public sealed class FuzzingRunsAlone;
