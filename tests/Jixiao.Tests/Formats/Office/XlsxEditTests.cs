using System.Globalization;
using System.IO.Compression;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// An exported workbook edited in a spreadsheet and imported back: the stable row ids match the same
/// indicators and the preview lists what is added, changed and removed before anything is saved.
/// </summary>
public sealed class XlsxEditTests
{
    [Fact]
    public void Editing_an_exported_sheet_previews_added_changed_and_removed_indicators()
    {
        var seed = Samples.Seed();
        var edited = SheetEdits.Edit(XlsxWriter.Write(seed), "2 办公用房租赁费", rows =>
        {
            SheetEdits.SetText(SheetEdits.Row(rows, "F2-I2"), "F", "≥80优");
            SheetEdits.Row(rows, "F2-I3").Remove();
            SheetEdits.AddRow(rows, 20, ("B", "产出指标"), ("C", "数量指标"), ("D", "租赁面积"), ("E", "办公用房租赁面积"), ("F", "≥1200平方米"), ("G", "计划标准"));
        });
        var read = OfficeReader.Read(edited, new DisclosureReadOptions("edited.xlsx"));
        var preview = ChangePreview.Between(seed, read);

        var changed = Assert.Single(preview.Changes, c => c.Kind == ChangeKind.Changed);
        Assert.Equal(("F2-I2", "采纳率", "≥70优", "≥80优"), (changed.RowId, changed.After!.Name, changed.Before!.Target.Text, changed.After.Target.Text));
        Assert.Equal(["指标值"], changed.Fields);
        var removed = Assert.Single(preview.Changes, c => c.Kind == ChangeKind.Removed);
        Assert.Equal(("F2-I3", "涉检信访案件办结率"), (removed.RowId, removed.Before!.Name));
        var added = Assert.Single(preview.Changes, c => c.Kind == ChangeKind.Added);
        Assert.Equal(("办公用房租赁费", "租赁面积", TargetKind.Quantitative), (added.Fund, added.After!.Name, added.After.Target.Kind));
        Assert.Empty(preview.FundsWithOtherChanges);
    }

    [Fact]
    public void Formula_like_text_is_written_as_quote_prefixed_text_and_comes_back_unchanged()
    {
        var indicator = new Indicator("产出指标", "数量指标", "=HYPERLINK(\"http://x\")", "+1 办理", new QualitativeTarget("-按期完成"), "@SUM(A1)");
        var goals = new GoalSet(new FiscalYear(2024), new Department("某县财政局"), DepartmentGoals.Empty, [new Fund("测试项目", [], [indicator])]);
        var xlsx = XlsxWriter.Write(goals);

        var sheet = SheetXml(xlsx, "xl/worksheets/sheet2.xml");
        Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
        Assert.Contains("s=\"4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">=HYPERLINK", sheet, StringComparison.Ordinal);
        Assert.Contains("quotePrefix=\"1\"", SheetXml(xlsx, "xl/styles.xml"), StringComparison.Ordinal);
        var back = OfficeReader.Read(xlsx, new DisclosureReadOptions("formula.xlsx")).Result.GoalSet!.Funds[0].Indicators[0];
        Assert.Equal((indicator.Name, indicator.Description, indicator.Target.Text, indicator.Basis), (back.Name, back.Description, back.Target.Text, back.Basis));
    }

    [Fact]
    public void Merged_areas_run_from_top_left_to_bottom_right_and_never_overlap_so_spreadsheet_programs_keep_them_as_written()
    {
        var seed = Samples.Seed();
        var evaluation = new SelfEvaluationSheet([.. seed.Funds.Select(f => new FundSelfEvaluation(f.Name, [new IndicatorResult(0, "100%", null, "")]))]);
        using var zip = new ZipArchive(new MemoryStream(XlsxWriter.Write(seed, evaluation)));

        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var areas = System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "<mergeCell ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"")
                .Select(m => (Row1: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Col1: m.Groups[1].Value,
                    Row2: int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture), Col2: m.Groups[3].Value)).ToList();
            Assert.NotEmpty(areas);
            Assert.All(areas, a => Assert.True(a.Row1 <= a.Row2 && string.CompareOrdinal(a.Col1, a.Col2) <= 0, $"{sheet.FullName}: {a}"));
            var cells = areas.SelectMany(a => Enumerable.Range(a.Row1, a.Row2 - a.Row1 + 1)
                .SelectMany(r => Enumerable.Range(a.Col1[0], a.Col2[0] - a.Col1[0] + 1).Select(c => (r, c)))).ToList();
            Assert.True(cells.Count == cells.Distinct().Count(), $"{sheet.FullName}: merged areas overlap");
        }
    }

    private static string SheetXml(byte[] xlsx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }
}
