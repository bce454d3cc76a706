using Jixiao.Diagnostics;

namespace Jixiao.Formats.Tables;

/// <summary>
/// 未读行 — the diagnostic codes of table rows a reader could not read, in one place: readers import every row they can
/// and report each one they cannot; the linter counts them per fund (<see cref="UnreadRows"/>) and says that rows were
/// not read instead of blaming the document for the categories and goals they would have held.
/// </summary>
public static class ReadingGaps
{
    /// <summary>A row without 三级指标 (or, in a flat table, without 项目名称).</summary>
    public const string RowUnnamed = "row-unnamed";

    /// <summary>The last row of a table cut off (a truncated copy, a form cut mid-table).</summary>
    public const string RowCutOff = "row-incomplete";

    /// <summary>A fund's table whose header could not be found: none of its rows was read.</summary>
    public const string TableUnread = "table-header";

    /// <summary>A fund whose table has rows, none of which could be read into an indicator.</summary>
    public const string NoIndicators = "fund-no-indicators";

    /// <summary>Whether a diagnostic reports table content that was not read.</summary>
    public static bool IsGap(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Code is RowUnnamed or RowCutOff or TableUnread or NoIndicators;
    }

    /// <summary>Rows not read per fund (a fund whose table was not read at all counts as one).</summary>
    public static Dictionary<string, int> UnreadRows(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var unread = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Fund is { } fund && diagnostic.Code is RowUnnamed or RowCutOff or TableUnread)
            {
                unread[fund] = unread.GetValueOrDefault(fund) + 1;
            }
        }
        return unread;
    }
}
