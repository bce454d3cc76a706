using System.Globalization;

namespace Jixiao.Goals;

/// <summary>
/// 来源位置 — where a value was read: a line of a text file, or a table/row/column of a document
/// (all 1-based). Not part of the canonical JSON: the same goals read from two files are equal.
/// </summary>
public sealed record SourceRef(int? Line = null, int? Table = null, int? Row = null, int? Column = null)
{
    public static SourceRef AtLine(int line) => new(Line: line);

    public override string ToString() => Line is { } line
        ? line.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"T{Table}R{Row}C{Column}");
}
