using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Goals.Codes;

/// <summary>
/// 编码 — a code of 预算管理一体化 (单位代码 <c>agency_code</c>, 项目代码 <c>pro_code</c>, 指标代码 <c>perf_ind_code</c>):
/// 1 to 64 characters, ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>. Full-width characters copied from Word
/// (１０１００１) are read as their ASCII forms and surrounding space is dropped; letters keep their case, and two
/// codes are equal when their characters are.
/// </summary>
[JsonConverter(typeof(CodeJsonConverter))]
public readonly record struct Code
{
    public const int MaxLength = 64;

    private readonly string? _value;

    private Code(string value) => _value = value;

    /// <summary>The code as normalised; empty only for <c>default</c>.</summary>
    public string Value => _value ?? "";

    /// <summary>A code from text that must be valid (a bug otherwise).</summary>
    public static Code Parse(string text) =>
        TryParse(text, out var code, out var problem) ? code : throw new ArgumentException($"'{text}' is not a code: {problem}.", nameof(text));

    /// <summary>A code from text as written, or the reason it is not one.</summary>
    public static bool TryParse(string? text, out Code code, out CodeProblem problem)
    {
        var normal = CodeText.Normalise(text);
        var found = ProblemOf(normal);
        (code, problem) = found is { } p ? (default(Code), p) : (new Code(normal), default);
        return found is null;
    }

    private static CodeProblem? ProblemOf(string normal) =>
        normal.Length == 0 ? CodeProblem.Empty
        : normal.Length > MaxLength ? CodeProblem.TooLong
        : normal.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')) ? CodeProblem.BadCharacter
        : null;

    public override string ToString() => Value;
}

/// <summary>Code text as written: full-width ASCII (０-９, Ａ-Ｚ, －) to half-width, outer white space removed.</summary>
internal static class CodeText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var trimmed = text.Trim();
        return trimmed.Any(c => c is >= '\uFF01' and <= '\uFF5E')
            ? string.Concat(trimmed.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c))
            : trimmed;
    }
}

internal sealed class CodeJsonConverter : JsonConverter<Code>
{
    public override Code Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Code.TryParse(reader.GetString(), out var code, out _)
            ? code
            : throw new JsonException($"A code is 1 to {Code.MaxLength} letters, digits, '-', '_' or '.'.");

    public override void Write(Utf8JsonWriter writer, Code value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
