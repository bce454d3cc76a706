using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Jixiao.Targets;

namespace Jixiao.Formats.Json;

/// <summary>Writes a ladder as the array <c>[{grade, comparator, value, unit?, text}]</c> and reads it back.</summary>
internal sealed class GradeLadderJsonConverter : JsonConverter<GradeLadder>
{
    public override GradeLadder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var steps = JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<LadderStep[]>)options.GetTypeInfo(typeof(LadderStep[])))
            ?? throw new JsonException("A ladder is an array of steps.");
        if (steps.Length == 0 || steps.Any(s => s is null))
        {
            throw new JsonException("A ladder needs at least one step.");
        }
        return new GradeLadder(steps);
    }

    public override void Write(Utf8JsonWriter writer, GradeLadder value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var step in value.Steps)
        {
            JsonSerializer.Serialize(writer, step, (JsonTypeInfo<LadderStep>)options.GetTypeInfo(typeof(LadderStep)));
        }
        writer.WriteEndArray();
    }
}
