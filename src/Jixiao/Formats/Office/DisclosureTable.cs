using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>
/// The layout of a fund's goal table shared by the DOCX, PDF and HTML writers: the seed's columns (plus
/// 分值/指标性质 when a fund has them), a graded indicator as one row per grade, and the row spans of
/// merged cells — 一级 over a block of the same 一级指标, 二级 over the same 二级 within it, and an
/// indicator's own cells (三级, 描述, 依据 …) over its grade rows. 指标值 is never merged.
/// </summary>
internal sealed class DisclosureTable
{
    public static readonly string[] BaseHeaders = ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"];

    private const int TargetColumn = 4;

    private DisclosureTable(string[] headers, List<string[]> rows, int[][] spans)
    {
        Headers = headers;
        Rows = rows;
        Spans = spans;
    }

    public string[] Headers { get; }

    /// <summary>Every grid row's cell texts (covered cells repeat the text of the cell covering them).</summary>
    public List<string[]> Rows { get; }

    /// <summary>Per row and column: the number of rows the cell spans, or 0 when a cell above covers it.</summary>
    public int[][] Spans { get; }

    /// <summary>Relative column widths: descriptions get the most room.</summary>
    public double[] Widths => [.. Headers.Select((h, i) => i switch { 0 => 1.1, 1 => 1.15, 2 => 1.4, 3 => 2.2, 4 => 1.1, 5 => 1.3, _ => 0.75 })];

    public static DisclosureTable Of(Fund fund)
    {
        var extra = DisclosureTextWriter.ExtraColumns(fund);
        var headers = BaseHeaders.Concat(extra.Select(e => e.Header)).ToArray();
        var rows = new List<string[]>();
        var owners = new List<int>();
        for (var i = 0; i < fund.Indicators.Length; i++)
        {
            var indicator = fund.Indicators[i];
            foreach (var target in DisclosureTextWriter.RowTargets(indicator.Target))
            {
                rows.Add([indicator.Level1, indicator.Level2, indicator.Name, indicator.Description, target, indicator.Basis, .. extra.Select(e => e.Value(indicator))]);
                owners.Add(i);
            }
        }
        return new DisclosureTable(headers, rows, RowSpans(rows, owners, headers.Length));
    }

    /// <summary>
    /// Row spans (0 = covered by the cell above): 一级 and 二级 merge over equal neighbours, the other columns
    /// over the rows of one indicator (<paramref name="owners"/>: the indicator of each row); the 指标值 column never.
    /// </summary>
    internal static int[][] RowSpans(List<string[]> rows, List<int> owners, int width)
    {
        var spans = rows.Select(_ => new int[width]).ToArray();
        for (var c = 0; c < width; c++)
        {
            var start = 0;
            for (var r = 1; r <= rows.Count; r++)
            {
                if (r < rows.Count && Continues(rows, owners, r, c))
                {
                    continue;
                }
                if (start < rows.Count)
                {
                    spans[start][c] = r - start;
                }
                start = r;
            }
        }
        return spans;
    }

    private static bool Continues(List<string[]> rows, List<int> owners, int r, int c) => c switch
    {
        TargetColumn => false,
        0 => rows[r][0] == rows[r - 1][0],
        1 => rows[r][0] == rows[r - 1][0] && rows[r][1] == rows[r - 1][1],
        _ => owners[r] == owners[r - 1],
    };
}
