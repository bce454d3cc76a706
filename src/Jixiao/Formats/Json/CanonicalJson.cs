using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Goals.Codes;
using Jixiao.Targets;

namespace Jixiao.Formats.Json;

/// <summary>
/// Jixiao's canonical JSON (schema docs/schema/goal-set.schema.json): indented, camelCase, Chinese
/// written as is, nulls left out. Reading our JSON back and writing it again gives identical bytes.
/// </summary>
public static class CanonicalJson
{
    public static byte[] Serialize(GoalSet goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(goals, Context.GoalSet);
        return [.. bytes, (byte)'\n'];
    }

    public static string SerializeToString(GoalSet goals) => Encoding.UTF8.GetString(Serialize(goals));

    /// <summary>Reads canonical JSON; problems come back as diagnostics naming the line and the JSON path.</summary>
    public static ImportResult Read(ReadOnlySpan<byte> json, string fileName)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return ImportResult.Unusable(Diagnostic.Error("json-invalid", null, "Json.NotUtf8", fileName));
        }
        var version = PeekSchemaVersion(json);
        if (version is null || !version.StartsWith("1.", StringComparison.Ordinal))
        {
            return ImportResult.Unusable(Diagnostic.Error("json-version", null, "Json.UnsupportedVersion", fileName, version ?? "?", GoalSet.CurrentSchemaVersion));
        }
        try
        {
            var goals = JsonSerializer.Deserialize(json, Context.GoalSet);
            return goals is null
                ? ImportResult.Unusable(Diagnostic.Error("json-invalid", null, "Json.Invalid", fileName, 1, "$", "null"))
                : new ImportResult(goals, []);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            return ImportResult.Unusable(Diagnostic.Error("json-invalid", SourceRef.AtLine(line), "Json.Invalid", fileName, line,
                exception.Path ?? "$", FirstSentence(exception.Message)));
        }
        catch (CodeConflictException conflict)
        {
            var c = conflict.Conflict;
            return ImportResult.Unusable(Diagnostic.Error("code-duplicate", null, "Json.CodeDuplicate", fileName,
                c.Kind == CodeConflictKind.Fund ? "项目代码" : "指标代码", c.Code.Value, c.First, c.Second) with { Fund = c.Fund });
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return ImportResult.Unusable(Diagnostic.Error("json-invalid", null, "Json.Invalid", fileName, 0, "$", exception.Message));
        }
    }

    private static string? PeekSchemaVersion(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                reader.Skip();
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowOutOfOrderMetadataProperties = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private static readonly CanonicalJsonContext Context = new(Options);

    /// <summary>The serialiser options of the canonical JSON, for hosts (the web API) that write the model.</summary>
    public static JsonSerializerOptions SerializerOptions => Context.Options;
}

/// <summary>Source-generated serialisation of the canonical model.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(GoalSet))]
[JsonSerializable(typeof(LadderStep))]
[JsonSerializable(typeof(LadderStep[]))]
internal sealed partial class CanonicalJsonContext : JsonSerializerContext;
