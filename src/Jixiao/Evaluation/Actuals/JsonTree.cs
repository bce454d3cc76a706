using System.Globalization;
using System.Text.Json;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// A small JSON tree that remembers the line of every value, so that messages about an actuals file in
/// JSON name the line, as they do for CSV. (<see cref="JsonDocument"/> keeps no positions.)
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(int line) => Line = line;

    public int Line { get; }

    /// <summary>A string, or a number's text; null for objects, arrays and null.</summary>
    public string? Scalar { get; private init; }

    public Dictionary<string, JsonTree>? Object { get; private init; }

    public List<JsonTree>? Array { get; private init; }

    public JsonTree? this[string name] => Object is not null && Object.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses UTF-8 JSON; throws <see cref="JsonException"/> (with its line) on malformed input.</summary>
    public static JsonTree Parse(ReadOnlySpan<byte> utf8)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n') lineStarts.Add(i + 1);
        }
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        reader.Read();
        return ReadValue(ref reader, lineStarts);
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        var line = LineOf(lineStarts, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new Dictionary<string, JsonTree>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    members[name] = ReadValue(ref reader, lineStarts);
                }
                return new JsonTree(line) { Object = members };
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineStarts));
                }
                return new JsonTree(line) { Array = items };
            case JsonTokenType.String:
                return new JsonTree(line) { Scalar = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonTree(line) { Scalar = reader.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonTree(line) { Scalar = reader.GetBoolean() ? "true" : "false" };
            default:
                return new JsonTree(line);
        }
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
