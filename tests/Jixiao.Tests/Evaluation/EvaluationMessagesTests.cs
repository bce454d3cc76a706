using System.Text.RegularExpressions;
using Jixiao.Diagnostics;

namespace Jixiao.Tests.Evaluation;

/// <summary>Every evaluation text exists in Chinese and English with the same placeholders.</summary>
public sealed partial class EvaluationMessagesTests
{
    private static readonly string[] Prefixes = ["Actuals.", "Policy.", "Eval.", "Explain.", "Rule.", "Cli.Evaluate"];

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> Keys => [.. MessageCatalog.Keys.Where(k => Prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Both_languages_have_the_same_placeholders(string key)
    {
        var chinese = MessageCatalog.Get(key, Cultures.Chinese)!;
        var english = MessageCatalog.Get(key, Cultures.English)!;
        Assert.False(string.IsNullOrWhiteSpace(chinese));
        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.Equal(Placeholders(chinese), Placeholders(english));
    }

    internal static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
}
