using BenchmarkDotNet.Attributes;
using Jixiao.Checks;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Bench;

/// <summary>
/// Linting the generated province (issue: quality checks, ≥ 1 million indicators per second on one core).
/// The first 200 departments of the standard province (200 × 20 funds × 15 indicators = 60,000 indicators,
/// with the generator's realistic rate of defects) are linted per operation; indicators per second =
/// 60,000 / mean time. Models are built once; the findings list is reused, so what is allocated is what the
/// rules allocate for the defects they find. A ladder computes its defects once and keeps them (the model
/// is immutable), so <see cref="LadderDefectsCold"/> measures that first analysis on its own: add its cost
/// per ladder × the share of ladders for a document linted straight after import.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private readonly List<Finding> _findings = new(capacity: 1 << 16);
    private GoalSet[] _province = [];
    private GradeLadder[] _ladders = [];

    [GlobalSetup]
    public void Setup()
    {
        _province = ProvinceSample.GoalSets;
        Indicators = _province.Sum(d => d.Funds.Sum(f => f.Indicators.Length));
        _ladders = [.. _province.SelectMany(d => d.Funds).SelectMany(f => f.Indicators)
            .Select(i => i.Target).OfType<LadderTarget>().Select(t => t.Ladder)];
        Console.WriteLine($"// {Indicators} indicators in {_province.Length} departments, {_ladders.Length} ladders; {Run()} findings per pass");
    }

    public int Indicators { get; private set; }

    /// <summary>Every rule of the default profile over the 60,000 indicators.</summary>
    [Benchmark(OperationsPerInvoke = 60_000)]
    public int LintProvince() => Run();

    /// <summary>Analysing one ladder from scratch (per operation: one ladder).</summary>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public int LadderDefectsCold()
    {
        var defects = 0;
        for (var i = 0; i < 1_000; i++)
        {
            defects += LadderAnalysis.FindDefects(_ladders[i % _ladders.Length]).Length;
        }
        return defects;
    }

    private int Run()
    {
        _findings.Clear();
        var linter = Linter.Default;
        foreach (var department in _province)
        {
            linter.Lint(department, _findings);
        }
        return _findings.Count;
    }
}
