using Jixiao.Formats.DisclosureText;
using Jixiao.Generation;
using Jixiao.Goals;

namespace Jixiao.Bench;

/// <summary>
/// A slice of the generated province (10,000 departments × 20 funds × 15 indicators): the first
/// <see cref="Departments"/> departments, as models and as disclosure text. Throughput measured on the
/// slice is the province's throughput, since every department is generated the same way.
/// </summary>
public static class ProvinceSample
{
    public const int Departments = 200;

    private static readonly Lazy<GoalSet[]> Models = new(() =>
        [.. Enumerable.Range(0, Departments).Select(new ProvinceGenerator(ProvinceGenerator.Province).Department)]);

    private static readonly Lazy<string[]> Texts = new(() => [.. Models.Value.Select(DisclosureTextWriter.Write)]);

    public static GoalSet[] GoalSets => Models.Value;

    public static string[] Documents => Texts.Value;

    public static long Utf8Bytes => Documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d));
}
