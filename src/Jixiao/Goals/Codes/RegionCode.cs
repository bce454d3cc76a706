using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Goals.Codes;

/// <summary>区划级次 — the level of a 区划: 省 (province), 市 (prefecture), 县 (county), 乡 (township).</summary>
public enum RegionLevel
{
    Province,
    City,
    County,
    Township,
}

/// <summary>
/// 区划代码 — the code of a finance region (<c>mof_div_code</c>), normalised to the 6 digits of GB/T 2260 plus,
/// for a 乡, the 3 digits of its township: 云南省 <c>530000</c>, 昆明市 <c>530100</c>, 五华区 <c>530102</c>, a 乡 of
/// it <c>530102001</c>. Read from every form in use: the significant digits alone (<c>53</c>, <c>5301</c>, as
/// 预算管理一体化 writes 省 2, 市 4, 县 6, 乡 9), the padded 6 or 9 digits, and the 12-digit 统计用区划代码
/// (<c>530102001000</c>; a village code, whose last 3 digits are not 000, is below the levels a budget is made at).
/// </summary>
[JsonConverter(typeof(RegionCodeJsonConverter))]
public readonly record struct RegionCode
{
    private readonly string? _value;

    private RegionCode(string value) => _value = value;

    /// <summary>6 digits, or 9 for a 乡.</summary>
    public string Value => _value ?? "000000";

    public RegionLevel Level => Value.Length == 9 ? RegionLevel.Township
        : Value.AsSpan(2, 4).SequenceEqual("0000") ? RegionLevel.Province
        : Value.AsSpan(4, 2).SequenceEqual("00") ? RegionLevel.City
        : RegionLevel.County;

    /// <summary>The significant digits, as 预算管理一体化 writes them: 省 2, 市 4, 县 6, 乡 9.</summary>
    public string Significant => Level switch
    {
        RegionLevel.Province => Value[..2],
        RegionLevel.City => Value[..4],
        RegionLevel.County or RegionLevel.Township => Value,
    };

    /// <summary>The region one level up (乡 → 县 → 市 → 省); null for a 省. A 省直辖县 (city part 90) has its 省 as parent.</summary>
    public RegionCode? Parent => Level switch
    {
        RegionLevel.Province => null,
        RegionLevel.City => new RegionCode(Value[..2] + "0000"),
        RegionLevel.County => Value.AsSpan(2, 2).SequenceEqual("90") ? new RegionCode(Value[..2] + "0000") : new RegionCode(Value[..4] + "00"),
        RegionLevel.Township => new RegionCode(Value[..6]),
    };

    /// <summary>Whether <paramref name="other"/> is this region or lies within it (a reviewer of a region sees its sub-regions).</summary>
    public bool Contains(RegionCode other)
    {
        for (RegionCode? region = other; region is { } r; region = r.Parent)
        {
            if (r == this)
            {
                return true;
            }
        }
        return false;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code, out var problem) ? code : throw new ArgumentException($"'{text}' is not a 区划代码: {problem}.", nameof(text));

    /// <summary>A 区划代码 from text as written, or the reason it is not one.</summary>
    public static bool TryParse(string? text, out RegionCode code, out CodeProblem problem)
    {
        var digits = CodeText.Normalise(text);
        var found = ProblemOf(digits, out var value);
        (code, problem) = found is { } p ? (default(RegionCode), p) : (new RegionCode(value), default);
        return found is null;
    }

    private static CodeProblem? ProblemOf(string digits, out string value)
    {
        value = "";
        if (digits.Length == 0)
        {
            return CodeProblem.Empty;
        }
        if (!digits.All(char.IsAsciiDigit))
        {
            return CodeProblem.NotDigits;
        }
        if (digits.Length == 12 && !digits.EndsWith("000", StringComparison.Ordinal))
        {
            return CodeProblem.VillageLevel;
        }
        var padded = digits.Length switch
        {
            2 => digits + "0000",
            4 => digits + "00",
            6 => digits,
            9 => digits.EndsWith("000", StringComparison.Ordinal) ? digits[..6] : digits,
            12 => digits[6..9] == "000" ? digits[..6] : digits[..9],
            _ => null,
        };
        if (padded is null)
        {
            return CodeProblem.BadLength;
        }
        // Provinces are 11–82 (GB/T 2260); below a province every code has its city part (00 only for the province).
        // A 乡 may stand right under a city without counties (东莞市 441900: 441900003).
        if (padded[0] is '0' or '9' || padded.StartsWith("10", StringComparison.Ordinal)
            || (padded.AsSpan(2, 2).SequenceEqual("00") && padded.AsSpan(4).ContainsAnyExcept('0')))
        {
            return CodeProblem.BadRegion;
        }
        value = padded;
        return null;
    }

    public override string ToString() => Value;
}

internal sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && RegionCode.TryParse(reader.GetString(), out var code, out _)
            ? code
            : throw new JsonException("A 区划代码 is 2, 4, 6, 9 or 12 digits (省, 市, 县, 乡 or the 12-digit 统计用区划代码).");

    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
