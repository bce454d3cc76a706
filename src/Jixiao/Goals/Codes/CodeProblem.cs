namespace Jixiao.Goals.Codes;

/// <summary>Why a written code is not a valid one; messages in <c>core.messages.tsv</c> (<c>Code.{problem}</c>).</summary>
public enum CodeProblem
{
    /// <summary>Nothing but white space.</summary>
    Empty,
    /// <summary>Longer than <see cref="Code.MaxLength"/>.</summary>
    TooLong,
    /// <summary>A character other than letters, digits, <c>-</c>, <c>_</c> and <c>.</c> (a space, a Chinese character).</summary>
    BadCharacter,
    /// <summary>A 区划代码 with a character other than digits.</summary>
    NotDigits,
    /// <summary>A 区划代码 of a length no level has (2, 4, 6, 9 or 12 digits).</summary>
    BadLength,
    /// <summary>A 区划代码 whose province part is not a province (starts with 0 or 9), or whose city part is 00 under a county part.</summary>
    BadRegion,
    /// <summary>A 12-digit 统计用区划代码 of a village (村): below the levels a budget is made at.</summary>
    VillageLevel,
}
