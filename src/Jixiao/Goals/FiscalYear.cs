using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Goals;

/// <summary>预算年度 — a budget year, 2000 to 2100.</summary>
[JsonConverter(typeof(FiscalYearJsonConverter))]
public readonly record struct FiscalYear
{
    public const int Min = 2000;
    public const int Max = 2100;

    public FiscalYear(int value)
    {
        if (value is < Min or > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A budget year lies between {Min} and {Max}.");
        }
        Value = value;
    }

    public int Value { get; }

    public static bool TryCreate(int value, out FiscalYear year)
    {
        year = value is >= Min and <= Max ? new FiscalYear(value) : default;
        return value is >= Min and <= Max;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

internal sealed class FiscalYearJsonConverter : JsonConverter<FiscalYear>
{
    public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TryGetInt32(out var value) && FiscalYear.TryCreate(value, out var year)
            ? year
            : throw new JsonException($"A budget year is a number from {FiscalYear.Min} to {FiscalYear.Max}.");

    public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Value);
}
