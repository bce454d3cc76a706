using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Goals;

/// <summary>分值 — the points an indicator carries out of 100; more than 0, at most 100.</summary>
[JsonConverter(typeof(WeightJsonConverter))]
public readonly record struct Weight
{
    public Weight(decimal points)
    {
        if (points is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A weight is more than 0 and at most 100 points.");
        }
        Points = points;
    }

    public decimal Points { get; }

    public static bool TryCreate(decimal points, out Weight weight)
    {
        var ok = points is > 0 and <= 100;
        weight = ok ? new Weight(points) : default;
        return ok;
    }

    public override string ToString() => Points.ToString(CultureInfo.InvariantCulture);
}

internal sealed class WeightJsonConverter : JsonConverter<Weight>
{
    public override Weight Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TryGetDecimal(out var points) && Weight.TryCreate(points, out var weight)
            ? weight
            : throw new JsonException("A weight is a number of points, more than 0 and at most 100.");

    public override void Write(Utf8JsonWriter writer, Weight value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Points);
}
