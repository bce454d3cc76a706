using System.Diagnostics;
using System.Security.Cryptography;

namespace Jixiao.Tests.Fuzzing;

/// <summary>A reader that threw, ran too long or allocated too much on one input.</summary>
internal sealed record FuzzFailure(string Signature, string SavedAs, string Detail);

/// <summary>What a fuzzing pass did: inputs read, the slowest and most allocating one, the failures by signature.</summary>
internal sealed record FuzzReport(string Target, long Executions, TimeSpan Slowest, long MostAllocated, IReadOnlyList<FuzzFailure> Failures)
{
    public override string ToString() =>
        $"{Target}: {Executions} executions, slowest {Slowest.TotalMilliseconds:F0} ms of CPU, most allocated {MostAllocated / 1024 / 1024} MiB, " +
        $"{Failures.Count} failure signature(s){string.Concat(Failures.Select(f => $"\n  {f.Signature} → {f.SavedAs}\n    {f.Detail}"))}";
}

/// <summary>
/// Runs one target for a time budget: mutates its seeds (and inputs that were read, to go deeper), reads each input,
/// and keeps every input whose reading threw, took longer than the time budget or allocated more than the memory
/// budget. Failing inputs are written to <c>artifacts/fuzz/TARGET/</c> under their hash, to be moved into
/// <c>Fuzzing/regressions/TARGET/</c> once fixed.
/// </summary>
internal static class FuzzRun
{
    /// <summary>
    /// CPU time one input may take (the process's, so a reader's own threads count): CPU rather than wall-clock time,
    /// because a long hunt runs at nice 19 on a shared machine, where a 1-second read can wait 10 seconds for a core.
    /// </summary>
    public static TimeSpan InputBudget { get; } = TimeSpan.FromMilliseconds(Setting("JIXIAO_FUZZ_INPUT_MS", 10_000));

    /// <summary>Bytes one input (at most a few MB after mutation) may make a reader allocate.</summary>
    public static long AllocationBudget { get; } = (long)Setting("JIXIAO_FUZZ_ALLOC_MB", 512) * 1024 * 1024;

    public static FuzzReport Run(FuzzTarget target, TimeSpan duration, int seed, string savedTo)
    {
        var seeds = target.Seeds();
        var pool = new List<byte[]>(seeds);
        var mutator = new Mutator(seed);
        var random = new Random(seed);
        var failures = new Dictionary<string, FuzzFailure>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long executions = 0, mostAllocated = 0;
        var slowest = TimeSpan.Zero;
        while (clock.Elapsed < duration)
        {
            var input = mutator.Mutate(pool[random.Next(pool.Count)], pool[random.Next(pool.Count)]);
            var (failure, took, allocated) = ReadOne(target, input);
            executions++;
            slowest = took > slowest ? took : slowest;
            mostAllocated = Math.Max(mostAllocated, allocated);
            if (failure is not null)
            {
                // The first input of each signature is kept: one crash is usually met thousands of times.
                if (!failures.ContainsKey(failure.Signature))
                {
                    failures[failure.Signature] = failure with { SavedAs = Save(target, input, savedTo) };
                }
            }
            else if (pool.Count < 2_000 && input.Length < 2_000_000 && random.Next(8) == 0)
            {
                pool.Add(input);
            }
        }
        return new FuzzReport(target.Name, executions, slowest, mostAllocated, [.. failures.Values]);
    }

    /// <summary>Reads one input; a failure names what went wrong.</summary>
    public static (FuzzFailure? Failure, TimeSpan Took, long Allocated) ReadOne(FuzzTarget target, byte[] input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        string? signature = null, detail = null;
        try
        {
            target.Read(input);
        }
        catch (Exception exception)
        {
            var frame = new StackTrace(exception, false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Jixiao", StringComparison.Ordinal) == true);
            signature = $"{exception.GetType().Name} in {frame?.GetMethod()?.DeclaringType?.Name}.{frame?.GetMethod()?.Name}";
            detail = exception.Message;
        }
        var took = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (signature is null && took > InputBudget)
        {
            (signature, detail) = ("slow", $"{took.TotalSeconds:F1} s of CPU for {input.Length} bytes");
        }
        if (signature is null && allocated > AllocationBudget)
        {
            (signature, detail) = ("allocation", $"{allocated / 1024 / 1024} MiB for {input.Length} bytes");
        }
        if (signature is null)
        {
            return (null, took, allocated);
        }
        return (new FuzzFailure(signature, "", detail ?? ""), took, allocated);
    }

    private static string Save(FuzzTarget target, byte[] input, string savedTo)
    {
        var folder = Path.Combine(savedTo, target.Name);
        Directory.CreateDirectory(folder);
        var saved = Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(input))[..16] + target.Extension);
        File.WriteAllBytes(saved, input);
        return saved;
    }

    public static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
