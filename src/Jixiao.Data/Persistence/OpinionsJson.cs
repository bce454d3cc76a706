using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Jixiao.Governance;

namespace Jixiao.Data.Persistence;

/// <summary>Review opinions as stored: a JSON array of <c>{text, indicator?: {fund, level1, level2, name}}</c>, Chinese written as is.</summary>
public static class OpinionsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ImmutableArray<ReviewOpinion> opinions) =>
        JsonSerializer.Serialize(opinions.IsDefault ? [] : opinions, Options);

    public static ImmutableArray<ReviewOpinion> Read(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<ImmutableArray<ReviewOpinion>>(json, Options);
}
