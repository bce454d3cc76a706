using System.Globalization;

namespace Jixiao.Diagnostics;

/// <summary>
/// A user-facing message: a key into the message catalogue (Chinese first, English second) and its
/// arguments, rendered in the reader's language when shown.
/// </summary>
public sealed record LocalizedText(string Key, params object?[] Arguments)
{
    /// <summary>The message in the given culture (Chinese when the culture has no translation).</summary>
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var template = MessageCatalog.Get(Key, culture) ?? Key;
        var arguments = Arguments.Select(a => a is LocalizedText inner ? inner.Format(culture) : a).ToArray();
        return string.Format(culture, template, arguments);
    }

    /// <summary>The resource template for a key, for text that is not a diagnostic (labels, headings).</summary>
    public static string Get(string key, CultureInfo culture) => MessageCatalog.Get(key, culture) ?? key;

    public override string ToString() => Format(Cultures.Chinese);
}

/// <summary>The two languages Jixiao speaks.</summary>
public static class Cultures
{
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Reads a <c>--lang</c> value: <c>en</c> gives English, anything else Chinese.</summary>
    public static CultureInfo FromLanguage(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;
}
