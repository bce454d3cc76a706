using System.Globalization;
using System.Text;

namespace Jixiao.Data.Audit;

/// <summary>Audit records as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel and WPS read the Chinese).</summary>
public static class AuditCsv
{
    private static readonly string[] Header =
        ["sequence", "time_utc", "actor", "department_id", "year", "subject", "action", "old_value", "new_value", "previous_hash", "hash"];

    public static byte[] Write(IEnumerable<AuditRecordView> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var r in records)
        {
            Line(text,
            [
                r.Sequence.ToString(CultureInfo.InvariantCulture), r.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                r.Actor, r.DepartmentId?.ToString(CultureInfo.InvariantCulture), r.Year?.ToString(CultureInfo.InvariantCulture), r.Subject, r.Action,
                r.RawValues.Old, r.RawValues.New, r.PreviousHash, r.Hash,
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) text.Append(',');
            var cell = cells[i] ?? "";
            // A leading = + - @ would be a formula in a spreadsheet: quote-prefix it (CSV injection).
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@') cell = "'" + cell;
            text.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }
        text.Append("\r\n");
    }
}
