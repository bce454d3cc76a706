using System.Text.Json;
using CsCheck;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Json;
using Jixiao.Goals;
using Jixiao.Tests.Generation;
using Json.Schema;

namespace Jixiao.Tests.Formats.Json;

/// <summary>docs/schema/goal-set.schema.json describes exactly what we write.</summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "goal-set.schema.json")));

    private static void AssertValid(GoalSet goals)
    {
        using var json = JsonDocument.Parse(CanonicalJson.Serialize(goals));
        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)));
    }

    [Theory]
    [InlineData("procuratorate-2020-budget-performance.txt")]
    [InlineData("county-education-2021.txt")]
    [InlineData("county-health-2022.txt")]
    public void The_samples_match_the_schema(string file) =>
        AssertValid(DisclosureTextReader.Read(Samples.Text(file), new DisclosureReadOptions(file, "某县某局")).GoalSet!);

    [Theory]
    [InlineData("\"kind\": \"ladder\"", "\"kind\": \"quantitative\"")]
    [InlineData("\"comparator\": \"lt\"", "\"comparator\": \"less\"")]
    [InlineData("\"year\": 2020", "\"year\": \"2020\"")]
    public void The_schema_rejects_what_we_never_write(string from, string to)
    {
        var json = CanonicalJson.SerializeToString(Samples.Seed()).Replace(from, to, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Random_models_match_the_schema() => ModelGen.GoalSet.Sample(AssertValid, iter: 100);
}
