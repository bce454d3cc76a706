using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Goals.Categories;

namespace Jixiao.Evaluation.Policy;

/// <summary>
/// Reads a scoring policy: the defaults with a region's file merged over them (objects key by key,
/// other values replaced), and each entry of <c>funds</c> merged over that. Every value is checked;
/// a bad one is a diagnostic naming its JSON path, and no policy is returned.
/// </summary>
public static class ScoringPolicyReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false };

    internal static ScoringPolicy Defaults()
    {
        var diagnostics = new List<Diagnostic>();
        return Build(ParseDefaults(), "default", diagnostics) ?? throw new InvalidOperationException("The default policy is invalid.");
    }

    public static (ScoringPolicy? Policy, List<Diagnostic> Diagnostics) Read(ReadOnlySpan<byte> bytes, string fileName)
    {
        var diagnostics = new List<Diagnostic>();
        var text = InputText.Decode(bytes, fileName, out var error);
        if (text is null)
        {
            diagnostics.Add(error!);
            return (null, diagnostics);
        }
        JsonObject overlay;
        try
        {
            if (JsonNode.Parse(text, documentOptions: Options) is not JsonObject parsed)
            {
                diagnostics.Add(Diagnostic.Error("policy-invalid", null, "Policy.Invalid", fileName, "$", "{…}"));
                return (null, diagnostics);
            }
            overlay = parsed;
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            diagnostics.Add(Diagnostic.Error("json-invalid", Goals.SourceRef.AtLine(line), "Json.Invalid", fileName, line, exception.Path ?? "$", exception.Message));
            return (null, diagnostics);
        }
        var merged = ParseDefaults();
        Merge(merged, overlay);
        return (Build(merged, fileName, diagnostics), diagnostics);
    }

    public static (ScoringPolicy? Policy, List<Diagnostic> Diagnostics) ReadFile(string path)
    {
        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, [File.Exists(path)
                ? Diagnostic.Error("file-unreadable", null, "File.Unreadable", path, exception.Message)
                : Diagnostic.Error("file-missing", null, "File.NotFound", path)]);
        }
    }

    private static JsonObject ParseDefaults()
    {
        var defaults = (JsonObject)JsonNode.Parse(DefaultPolicy.Json, documentOptions: Options)!;
        // The taxonomy's 一级 with points of their own; a category scored with another (成本 → 产出) has none.
        var categories = new JsonObject();
        foreach (var category in Taxonomy.Default.Categories)
        {
            if (category.Weight is { } weight)
            {
                categories[category.Key] = new JsonObject { ["label"] = category.Name, ["weight"] = weight };
            }
        }
        defaults["categories"] = categories;
        return defaults;
    }

    private static ScoringPolicy? Build(JsonObject merged, string fileName, List<Diagnostic> diagnostics)
    {
        var funds = merged["funds"] as JsonObject;
        merged.Remove("funds");
        var region = PolicyValues.Build(merged, fileName, "$", diagnostics);
        if (region is null)
        {
            return null;
        }
        var overrides = ImmutableDictionary.CreateBuilder<string, ScoringPolicy>(StringComparer.Ordinal);
        foreach (var (name, node) in funds ?? [])
        {
            if (node is not JsonObject fundOverlay)
            {
                diagnostics.Add(Diagnostic.Error("policy-invalid", null, "Policy.Invalid", fileName, $"$.funds.{name}", node?.ToJsonString() ?? "null"));
                continue;
            }
            var copy = (JsonObject)merged.DeepClone();
            Merge(copy, fundOverlay);
            if (PolicyValues.Build(copy, fileName, $"$.funds.{name}", diagnostics) is { } fundPolicy)
            {
                overrides[name] = fundPolicy;
            }
        }
        return diagnostics.Any(d => d.Severity == Severity.Error) ? null : region with { FundPolicies = overrides.ToImmutable() };
    }

    /// <summary>Objects merge key by key; anything else in the overlay replaces what was there.</summary>
    internal static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay)
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
