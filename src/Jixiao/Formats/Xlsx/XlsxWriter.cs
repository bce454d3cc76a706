using System.Globalization;
using System.IO.Compression;
using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.Xlsx;

/// <summary>
/// Exports goals as an XLSX in the layouts users know: a sheet 部门整体绩效目标 (year, department and the
/// three lists of part 1), one 项目支出绩效目标申报表 per fund, and, when an evaluation is given, one
/// 项目支出绩效自评表 per evaluated fund. Every indicator row carries its 行标识 in a hidden first column
/// so that a sheet edited in Excel comes back to the same indicators (<see cref="ChangePreview"/>): the
/// caller's stable ids when it stores indicators (<see cref="RowIds.Stable"/>), else positional ones. With stable
/// ids a last, hidden sheet lists them (<see cref="ExportRecord"/>), so that the re-import can tell a row the user
/// deleted from an indicator added after the export.
/// </summary>
public static class XlsxWriter
{
    public static byte[] Write(GoalSet goals, SelfEvaluationSheet? evaluation = null, RowIds? rowIds = null)
    {
        using var buffer = new MemoryStream(64 * 1024);
        Write(goals, buffer, evaluation, rowIds);
        return buffer.ToArray();
    }

    public static void Write(GoalSet goals, Stream output, SelfEvaluationSheet? evaluation = null, RowIds? rowIds = null)
    {
        ArgumentNullException.ThrowIfNull(goals);
        if (rowIds is not null && !rowIds.Fit(goals))
        {
            throw new ArgumentException("The 行标识 are not those of these goals' funds and indicators.", nameof(rowIds));
        }
        var ids = rowIds ?? RowIds.Positional(goals);
        var sheets = new List<SheetWriter> { OverallSheet(goals) };
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { sheets[0].Name, ExportRecord.SheetName };
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            sheets.Add(DeclarationSheet.Write(goals, f, ids, SheetName($"{f + 1} {goals.Funds[f].Name}", names)));
        }
        for (var f = 0; f < goals.Funds.Length; f++)
        {
            if (evaluation?.For(goals.Funds[f].Name) is { } fundEvaluation)
            {
                sheets.Add(SelfEvaluationSheetWriter.Write(goals, f, fundEvaluation, ids, SheetName($"自评{f + 1} {goals.Funds[f].Name}", names)));
            }
        }
        if (!ids.IsPositional)
        {
            sheets.Add(ExportRecordSheet.Write(goals, ids));
        }
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        XlsxParts.Write(zip, [.. sheets.Select(s => (s.Name, s.Hidden))]);
        for (var i = 0; i < sheets.Count; i++)
        {
            sheets[i].Write(zip, $"xl/worksheets/sheet{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml");
        }
    }

    /// <summary>The positional 行标识 of an indicator row: fund and indicator, 1-based, as exported (<see cref="RowIds.Positional"/>).</summary>
    public static string RowId(int fund, int indicator) => string.Create(CultureInfo.InvariantCulture, $"F{fund + 1}-I{indicator + 1}");

    private static SheetWriter OverallSheet(GoalSet goals)
    {
        var sheet = new SheetWriter("部门整体绩效目标").Column(0, 16).Column(1, 8).Column(2, 100);
        sheet.MergeAcross(sheet.Row(CellStyle.Title, "部门整体绩效目标"), 0, 2);
        var year = sheet.Row(CellStyle.Label, "预算年度");
        sheet.Set(year, 1, goals.Year.ToString(), CellStyle.Body, isNumber: true);
        foreach (var (label, value) in new[] { ("部门名称", goals.Department.Name), (IdentityLabels.LabelOf(IdentityField.DepartmentCode), goals.Department.Code?.Value),
            (IdentityLabels.LabelOf(IdentityField.Region), goals.Department.Region?.Value) })
        {
            if (value is not null)
            {
                sheet.MergeAcross(sheet.Row(CellStyle.Label, label, value), 1, 2);
                sheet.Set(sheet.NextRow - 1, 1, value, CellStyle.BodyLeft);
            }
        }
        sheet.Row(CellStyle.Header, "类别", "序号", "内容");
        foreach (var (label, items) in new[] { ("总体绩效目标", goals.Overall.Goals), ("分项绩效目标", goals.Overall.SubGoals), ("工作保障措施", goals.Overall.Safeguards) })
        {
            var first = sheet.NextRow;
            for (var i = 0; i < items.Length; i++)
            {
                var row = sheet.Row(CellStyle.Label, label);
                sheet.Set(row, 1, (i + 1).ToString(CultureInfo.InvariantCulture), CellStyle.Body, isNumber: true);
                sheet.Set(row, 2, items[i], CellStyle.BodyLeft);
            }
            if (items.Length > 1)
            {
                sheet.Merge(first, 0, first + items.Length - 1, 0);
            }
        }
        return sheet;
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of case.</summary>
    internal static string SheetName(string wanted, HashSet<string> taken)
    {
        var clean = new string([.. wanted.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c))]).Trim('\'', ' ');
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $"~{n}";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }

    /// <summary>An amount in 元 written in 万元, exactly (decimal division by 10,000 never rounds here).</summary>
    internal static string TenThousands(decimal yuan) => (yuan / 10000m).ToString(CultureInfo.InvariantCulture);
}
