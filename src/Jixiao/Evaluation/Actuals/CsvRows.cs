using System.Text;

namespace Jixiao.Evaluation.Actuals;

/// <summary>
/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line breaks), each
/// with the line it starts on. The delimiter is a comma, or a tab when the header has tabs and no comma
/// (what copying from Excel or WPS gives).
/// </summary>
internal static class CsvRows
{
    public static List<(int Line, List<string> Cells)> Split(string text)
    {
        var records = new List<(int, List<string>)>();
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n and >= 0 ? n : text.Length));
        var delimiter = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.Append(c); }
                continue;
            }
            if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == delimiter) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                Add(records, start, cells);
                cells = [];
                line++;
                start = line;
            }
            else if (c != '\r') cell.Append(c);
        }
        cells.Add(cell.ToString());
        Add(records, start, cells);
        return records;
    }

    private static void Add(List<(int, List<string>)> records, int line, List<string> cells)
    {
        if (cells.Any(c => c.Trim().Length > 0))
        {
            records.Add((line, cells));
        }
    }
}
