using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;

namespace Jixiao.Tests;

/// <summary>The sample documents under samples/, copied next to the tests.</summary>
internal static class Samples
{
    public const string SeedFile = "procuratorate-2020-budget-performance.txt";
    public const string SeedDepartment = "某县人民检察院";

    /// <summary>A published-style 自评 goal table with 分值 and 指标性质 (samples/), and its actuals.</summary>
    public const string PublishedFile = "procuratorate-2020-self-evaluation.txt";
    public const string PublishedActuals = "procuratorate-2020-actuals.csv";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>The seed, imported as the demo procuratorate.</summary>
    public static GoalSet Seed()
    {
        var result = DisclosureTextReader.Read(Text(SeedFile), new DisclosureReadOptions(SeedFile, SeedDepartment));
        return result.GoalSet ?? throw new InvalidOperationException("The seed must import.");
    }

    public static GoalSet Published()
    {
        var result = DisclosureTextReader.Read(Text(PublishedFile), new DisclosureReadOptions(PublishedFile));
        return result.GoalSet ?? throw new InvalidOperationException("The published sample must import.");
    }
}
