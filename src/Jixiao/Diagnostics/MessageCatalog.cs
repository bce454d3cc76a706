using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Jixiao.Diagnostics;

/// <summary>
/// The user-facing texts: every embedded <c>Resources/*.messages.tsv</c> (one per feature, so that
/// features add text without touching each other's files), each line <c>key, 中文, English</c>.
/// Chinese is the default; English is used for cultures whose language is en.
/// </summary>
internal static class MessageCatalog
{
    private static readonly Lazy<FrozenDictionary<string, (string Chinese, string English)>> Texts = new(Load);

    public static string? Get(string key, CultureInfo culture)
    {
        if (!Texts.Value.TryGetValue(key, out var text))
        {
            return null;
        }
        return culture.TwoLetterISOLanguageName == "en" ? text.English : text.Chinese;
    }

    /// <summary>All keys, for tests that check every key has both languages.</summary>
    public static IEnumerable<string> Keys => Texts.Value.Keys;

    private static FrozenDictionary<string, (string, string)> Load()
    {
        var assembly = typeof(MessageCatalog).Assembly;
        var texts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".messages.tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }
                var parts = line.Split('\t');
                if (parts.Length != 3 || !texts.TryAdd(parts[0], (parts[1], parts[2])))
                {
                    throw new InvalidDataException($"{name}: bad or repeated message line '{line}'.");
                }
            }
        }
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
