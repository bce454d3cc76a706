using BenchmarkDotNet.Attributes;
using Jixiao.Targets;

namespace Jixiao.Bench;

/// <summary>
/// Grading actual values on the ladders of the generated province (goal: ≥ 5 million per second on one
/// core). One operation grades <see cref="Actuals"/> values, each on its indicator's ladder.
/// </summary>
[MemoryDiagnoser]
public class GradeBenchmarks
{
    public const int Actuals = 1_000_000;

    private GradeLadder[] _ladders = [];
    private decimal[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        var ladders = ProvinceSample.GoalSets
            .SelectMany(g => g.Funds).SelectMany(f => f.Indicators)
            .Select(i => i.Target).OfType<LadderTarget>().Select(t => t.Ladder).ToArray();
        var random = new Random(2020);
        _ladders = [.. Enumerable.Range(0, Actuals).Select(i => ladders[i % ladders.Length])];
        _values = [.. Enumerable.Range(0, Actuals).Select(_ => (decimal)Math.Round(random.NextDouble() * 110, 1))];
        Console.WriteLine($"// {ladders.Length:N0} distinct ladders in the sample, {Actuals:N0} actuals per operation");
    }

    [Benchmark(OperationsPerInvoke = Actuals)]
    public int GradeActuals()
    {
        var excellent = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_ladders[i].GradeOf(_values[i]).Grade == Grade.Excellent)
            {
                excellent++;
            }
        }
        return excellent;
    }
}
