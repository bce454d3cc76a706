using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Evaluation.Scoring;
using Jixiao.Goals;

namespace Jixiao.Bench;

/// <summary>
/// Scoring the generated province (issue 4: 3 million indicators with actuals in under 2 s on one core).
/// One operation scores <see cref="Indicators"/> indicators: the departments of <see cref="EvaluationSample"/>
/// evaluated in full (points, scores, budget, totals, grades) as many times as it takes. Explanations and
/// findings are derived on demand from the numbers kept; <see cref="ScoreProvinceWithFindings"/> also
/// derives every finding (not their text), as the CLI does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCore))]
public class EvaluateBenchmarks
{
    public const int Indicators = 3_000_000;

    /// <summary>1,000 departments × 20 funds × 15 indicators = 300,000 indicators held in memory, scored 10 times.</summary>
    public const int Departments = 1_000;

    private (GoalSet Goals, ActualSet Actuals)[] _sample = [];
    private int _passes;

    [GlobalSetup]
    public void Setup()
    {
        _sample = EvaluationSample.Create(Departments);
        var perPass = _sample.Sum(s => s.Goals.Funds.Sum(f => f.Indicators.Length));
        _passes = (Indicators + perPass - 1) / perPass;
        Console.WriteLine($"// {perPass:N0} indicators per pass, {_passes} passes = {perPass * _passes:N0} indicators per operation");
    }

    private TimeSpan _cpu;

    /// <summary>
    /// CPU time of each iteration, printed beside BenchmarkDotNet's wall clock: the machine is shared, and on
    /// one pinned core the wall clock also counts the time other processes held it.
    /// </summary>
    [IterationSetup]
    public void StartCpuClock() => _cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    [IterationCleanup]
    public void StopCpuClock() =>
        Console.WriteLine($"// cpu: {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - _cpu).TotalSeconds:F3} s");

    [Benchmark]
    public decimal ScoreProvince()
    {
        var sum = 0m;
        for (var pass = 0; pass < _passes; pass++)
        {
            foreach (var (goals, actuals) in _sample)
            {
                sum += Evaluator.Evaluate(goals, actuals, ScoringPolicy.Default).Total ?? 0;
            }
        }
        return sum;
    }

    [Benchmark]
    public int ScoreProvinceWithFindings()
    {
        var findings = 0;
        for (var pass = 0; pass < _passes; pass++)
        {
            foreach (var (goals, actuals) in _sample)
            {
                findings += Evaluator.Evaluate(goals, actuals, ScoringPolicy.Default).Findings.Count;
            }
        }
        return findings;
    }

    /// <summary>One core: the process is pinned to the first CPU, so the background GC cannot borrow another.</summary>
    private sealed class OneCore : ManualConfig
    {
        public OneCore() => AddJob(Job.Default.WithAffinity(1).WithWarmupCount(2).WithIterationCount(5));
    }
}
