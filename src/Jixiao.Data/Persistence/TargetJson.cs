using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jixiao.Formats.Json;
using Jixiao.Targets;

namespace Jixiao.Data.Persistence;

/// <summary>A target in the canonical JSON's own form, on one line: what the database stores for 指标值.</summary>
public static class TargetJson
{
    private static readonly JsonSerializerOptions Compact = new(CanonicalJson.SerializerOptions) { WriteIndented = false };

    private static JsonTypeInfo<Target> TypeInfo => (JsonTypeInfo<Target>)Compact.GetTypeInfo(typeof(Target));

    public static string Write(Target target) => JsonSerializer.Serialize(target, TypeInfo);

    public static Target Read(string json) =>
        JsonSerializer.Deserialize(json, TypeInfo) ?? throw new InvalidDataException("A stored target is null.");
}
