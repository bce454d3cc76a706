using BenchmarkDotNet.Attributes;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;

namespace Jixiao.Bench;

/// <summary>
/// Parsing the disclosure text format (goal: ≥ 50 MB/s on one core). One operation parses
/// <see cref="ProvinceSample.Departments"/> generated departments from UTF-8 bytes, decoding included;
/// MB/s = the bytes printed at setup / the mean time.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[][] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. ProvinceSample.Documents.Select(System.Text.Encoding.UTF8.GetBytes)];
        var bytes = _documents.Sum(d => (long)d.Length);
        Console.WriteLine($"// {ProvinceSample.Departments} departments, {bytes:N0} bytes of UTF-8 disclosure text, " +
                          $"{ProvinceSample.GoalSets.Sum(g => g.Funds.Sum(f => f.Indicators.Length)):N0} indicators");
    }

    [Benchmark]
    public int ParseDepartments()
    {
        var indicators = 0;
        foreach (var document in _documents)
        {
            var result = DocumentReader.Read(document, new DisclosureReadOptions("bench.txt"));
            indicators += result.GoalSet!.Funds.Length;
        }
        return indicators;
    }
}
