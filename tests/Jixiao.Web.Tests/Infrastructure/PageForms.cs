using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Reads what a server-rendered form posts back: the antiforgery token and hidden fields.</summary>
public static partial class PageForms
{
    public static string Token(string html) => Hidden(html, "__RequestVerificationToken");

    /// <summary>The value of the hidden input named <paramref name="name"/> (attributes in the order Razor writes them).</summary>
    public static string Hidden(string html, string name)
    {
        foreach (Match match in HiddenInput().Matches(html))
        {
            if (match.Groups["name"].Value == name)
            {
                return match.Groups["value"].Value;
            }
        }
        throw new InvalidOperationException($"No hidden input '{name}' in the page.");
    }

    [GeneratedRegex("<input (?:type=\"hidden\" name=\"(?<name>[^\"]+)\"|name=\"(?<name>[^\"]+)\" type=\"hidden\") value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
