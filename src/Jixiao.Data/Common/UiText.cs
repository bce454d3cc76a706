using System.Globalization;
using Jixiao.Diagnostics;

namespace Jixiao.Data.Common;

/// <summary>
/// The user-facing texts of the web app in the request's language: keys of web.messages.tsv (中文 first,
/// English second) in the library's message catalogue, so the CLI and the web share one mechanism.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Pages call these on the injected instance (@inject UiText T).")]
public sealed class UiText
{
    public string this[string key] => LocalizedText.Get(key, Culture);

    public string Format(string key, params object?[] arguments) => new LocalizedText(key, arguments).Format(Culture);

    public string Format(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Format(Culture);
    }

    public static CultureInfo Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Cultures.English : Cultures.Chinese;

    public static bool IsEnglish => Culture == Cultures.English;
}
