using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Goals.Categories;

namespace Jixiao.Evaluation.Policy;

/// <summary>Turns a merged policy object into a <see cref="ScoringPolicy"/>, checking each value's range.</summary>
internal sealed class PolicyValues(JsonObject root, string fileName, string basePath, List<Diagnostic> diagnostics)
{
    private static readonly string[] GradeKeys = ["excellent", "good", "fair", "poor"];

    private bool _ok = true;

    public static ScoringPolicy? Build(JsonObject root, string fileName, string basePath, List<Diagnostic> diagnostics) =>
        new PolicyValues(root, fileName, basePath, diagnostics).Build();

    private ScoringPolicy? Build()
    {
        var policy = new ScoringPolicy
        {
            BudgetWeight = Number("budget.weight", 0, 100),
            BudgetExplainBelow = Number("budget.explainBelowPercent", 0, 100) / 100m,
            Categories = Categories(),
            LadderShares = [.. GradeKeys.Select(g => Number($"ladderPercent.{g}", 0, 100) / 100m)],
            Tiers = [Tier("achieved"), Tier("partial"), Tier("notAchieved")],
            NegativeZeroMultiple = Number("negative.zeroAtMultiple", 1.01m, 100),
            TargetTooLowRatio = Number("targetTooLowPercent", 100, 100_000) / 100m,
            Decimals = (int)Number("decimals", 0, 6),
            GradeBands = [.. GradeKeys.Take(3).Select(g => Number($"gradeBands.{g}", 0, 100))],
            DepartmentTotal = Text("departmentTotal") switch
            {
                "mean" => DepartmentTotal.Mean,
                "budgetWeighted" => DepartmentTotal.BudgetWeighted,
                var other => Fail(DepartmentTotal.Mean, "departmentTotal", other),
            },
        };
        if (_ok && !(policy.GradeBands[0] > policy.GradeBands[1] && policy.GradeBands[1] > policy.GradeBands[2]))
        {
            Fail(0, "gradeBands", string.Join(" > ", policy.GradeBands));
        }
        return _ok ? policy : null;
    }

    private ImmutableArray<CategoryPolicy> Categories()
    {
        if (Node("categories") is not JsonObject categories || categories.Count == 0)
        {
            return Fail(ImmutableArray<CategoryPolicy>.Empty, "categories", "{}");
        }
        var list = ImmutableArray.CreateBuilder<CategoryPolicy>();
        foreach (var (key, _) in categories)
        {
            var matches = Node($"categories.{key}.matches") is JsonArray array
                ? array.Select(m => m?.GetValueKind() == JsonValueKind.String ? m.GetValue<string>() : "").Where(m => m.Length > 0).ToImmutableArray()
                : [];
            // A key of the taxonomy (output, cost …) names its category; any other group is reached only by its words.
            var known = Taxonomy.Default.Find(key);
            if (known is null && matches.IsEmpty)
            {
                Fail(0, $"categories.{key}.matches", "[]");
            }
            var label = Text($"categories.{key}.label") is { Length: > 0 } text ? text : known?.Name ?? key;
            list.Add(new CategoryPolicy(key, label, Number($"categories.{key}.weight", 0, 100), matches));
        }
        return list.ToImmutable();
    }

    private TierPolicy Tier(string name)
    {
        var min = Number($"qualitativePercent.{name}.min", 0, 100) / 100m;
        var max = Number($"qualitativePercent.{name}.max", 0, 100) / 100m;
        var fallback = Number($"qualitativePercent.{name}.default", 0, 100) / 100m;
        return min <= fallback && fallback <= max
            ? new TierPolicy(min, max, fallback)
            : Fail(new TierPolicy(0, 1, 1), $"qualitativePercent.{name}", $"{min * 100} ≤ {fallback * 100} ≤ {max * 100}");
    }

    private decimal Number(string path, decimal min, decimal max)
    {
        var node = Node(path);
        // TryGetValue: a number beyond decimal's range (1e400) is out of range, not an exception.
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number)
            && number >= min && number <= max)
        {
            return number;
        }
        diagnostics.Add(Diagnostic.Error("policy-invalid", null, "Policy.OutOfRange", fileName, Path(path), node?.ToJsonString() ?? "null", min, max));
        _ok = false;
        return min;
    }

    private string Text(string path) =>
        Node(path) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";

    private JsonNode? Node(string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject obj ? obj[part] : null;
        }
        return node;
    }

    private T Fail<T>(T fallback, string path, string value)
    {
        diagnostics.Add(Diagnostic.Error("policy-invalid", null, "Policy.Invalid", fileName, Path(path), value));
        _ok = false;
        return fallback;
    }

    private string Path(string path) => $"{basePath}.{path}";
}
