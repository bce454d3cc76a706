using System.Text.RegularExpressions;

namespace Jixiao.Formats;

/// <summary>List numbering that documents put before items: (一)、 （十二） 一、 1、 1. (1) ①.</summary>
public static partial class ListNumbering
{
    [GeneratedRegex(@"^\s*(?:[(（][一二三四五六七八九十百零〇\d]+[)）][、.．,，:：]?|[一二三四五六七八九十百]+[、.．,，]|\d{1,3}[、.．)）](?!\d)|[①-⑳])\s*")]
    private static partial Regex Numbering();

    /// <summary>The item without its numbering.</summary>
    public static string Strip(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Numbering().Replace(item, "", 1).Trim();
    }
}
