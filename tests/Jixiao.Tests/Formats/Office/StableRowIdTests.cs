using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// 行标识 given by a caller that stores indicators: written in column A of every sheet, and an edited workbook
/// comes back to exactly the indicators it was exported from, whatever happened to the table since; rows whose
/// indicator is gone or belongs to another fund are problems, not changes; positional workbooks still match by position.
/// The hidden 导出清单 lists the exported ids, so indicators added after the export are kept rather than removed.
/// </summary>
public sealed class StableRowIdTests
{
    private const string RentSheet = "2 办公用房租赁费";

    [Fact]
    public void Stable_ids_are_written_in_column_a_of_the_goal_and_self_evaluation_sheets()
    {
        var seed = Samples.Seed();
        var ids = StoredIds.For(seed);
        var evaluation = new SelfEvaluationSheet([new FundSelfEvaluation(seed.Funds[1].Name, [new IndicatorResult(0, "100%", null, "")])]);

        var xlsx = XlsxWriter.Write(seed, evaluation, ids.Of(seed));
        var read = OfficeReader.Read(xlsx, new DisclosureReadOptions("stable.xlsx"));

        Assert.Equal(seed.Funds.SelectMany((f, fi) => f.Indicators.Select((_, ii) => (string?)ids.Of(seed).Of(fi, ii))), read.RowIds.SelectMany(fund => fund));
        Assert.Equal(seed.Funds[1].Indicators.Select((_, i) => ids.Of(seed).Of(1, i)), SheetEdits.RowIds(xlsx, "自评2"));
        Assert.True(ChangePreview.Between(seed, read, ids.Of(seed)).IsEmpty);
    }

    [Fact]
    public void After_two_indicators_were_swapped_an_edited_row_changes_exactly_its_own_indicator()
    {
        var seed = Samples.Seed();
        var ids = StoredIds.For(seed);
        var exported = XlsxWriter.Write(seed, rowIds: ids.Of(seed));
        var adoption = seed.Funds[1].Indicators[1];
        var edited = SheetEdits.Edit(exported, RentSheet, rows => SheetEdits.SetText(SheetEdits.Row(rows, ids.Of(seed).Of(1, 1)), "F", "≥80优"));
        var reordered = Swap(seed, 1, 0, 1);

        var preview = ChangePreview.Between(reordered, OfficeReader.Read(edited, new DisclosureReadOptions("edited.xlsx")), ids.Of(reordered));

        var change = Assert.Single(preview.Changes);
        Assert.Equal((ChangeKind.Changed, ids.Of(seed).Of(1, 1), adoption, "≥80优"), (change.Kind, change.RowId, change.Before, change.After!.Target.Text));
        Assert.Equal(["指标值"], change.Fields);
        Assert.Empty(preview.Problems);
        Assert.False(preview.ByPosition);
    }

    [Fact]
    public void A_row_whose_indicator_was_deleted_is_a_problem_naming_its_sheet_and_row_and_changes_nothing()
    {
        var seed = Samples.Seed();
        var ids = StoredIds.For(seed);
        var gone = ids.Of(seed).Of(1, 1);
        var edited = SheetEdits.Edit(XlsxWriter.Write(seed, rowIds: ids.Of(seed)), RentSheet, rows =>
            SheetEdits.SetText(SheetEdits.Row(rows, gone), "F", "≥80优"));
        var withoutAdoption = WithIndicators(seed, 1, seed.Funds[1].Indicators.RemoveAt(1));

        var preview = ChangePreview.Between(withoutAdoption, OfficeReader.Read(edited, new DisclosureReadOptions("edited.xlsx")), ids.Of(withoutAdoption));

        var problem = Assert.Single(preview.Problems);
        Assert.Equal((RowProblemKind.NotFound, RentSheet, "采纳率", gone), (problem.Kind, problem.Row.Table, problem.Row.Indicator.Name, problem.Row.RowId));
        Assert.Equal(gone, SheetEdits.Text(edited, RentSheet, $"A{problem.Row.Row}"));
        Assert.True(preview.IsEmpty);
    }

    [Fact]
    public void A_row_pasted_into_another_funds_sheet_is_a_problem_and_its_indicator_is_neither_changed_nor_removed()
    {
        var seed = Samples.Seed();
        var ids = StoredIds.For(seed);
        var first = ids.Of(seed).Of(0, 0);
        var edited = SheetEdits.Edit(XlsxWriter.Write(seed, rowIds: ids.Of(seed)), RentSheet, rows =>
            SheetEdits.AddRow(rows, 40, ("A", first), ("B", "产出指标"), ("C", "数量指标"), ("D", "挪来的指标"), ("F", "≥1件")));

        var preview = ChangePreview.Between(seed, OfficeReader.Read(edited, new DisclosureReadOptions("edited.xlsx")), ids.Of(seed));

        var problem = Assert.Single(preview.Problems);
        Assert.Equal((RowProblemKind.OtherFund, seed.Funds[0].Name, seed.Funds[1].Name, 40), (problem.Kind, problem.StoredFund, problem.Row.Fund, problem.Row.Row));
        Assert.True(preview.IsEmpty);
    }

    [Fact]
    public void A_workbook_with_positional_ids_is_matched_by_position_even_where_stable_ids_exist()
    {
        var seed = Samples.Seed();
        var edited = SheetEdits.Edit(XlsxWriter.Write(seed), RentSheet, rows => SheetEdits.SetText(SheetEdits.Row(rows, "F2-I2"), "F", "≥80优"));

        var preview = ChangePreview.Between(seed, OfficeReader.Read(edited, new DisclosureReadOptions("old.xlsx")), StoredIds.For(seed).Of(seed));

        var change = Assert.Single(preview.Changes);
        Assert.Equal((ChangeKind.Changed, "F2-I2", "采纳率"), (change.Kind, change.RowId, change.Before!.Name));
        Assert.True(preview.ByPosition);
    }

    [Fact]
    public void The_export_record_is_a_hidden_sheet_that_survives_a_spreadsheet_save_and_is_not_read_as_goals()
    {
        var seed = Samples.Seed();
        var ids = StoredIds.For(seed).Of(seed);

        var saved = SheetEdits.Resave(XlsxWriter.Write(seed, rowIds: ids));
        var read = OfficeReader.Read(saved, new DisclosureReadOptions("saved.xlsx"));

        Assert.Equal([ExportRecord.SheetName], SheetEdits.HiddenSheets(saved));
        Assert.Equal(seed.Funds.SelectMany((f, fi) => f.Indicators.Select((_, ii) => (f.Name, ids.Of(fi, ii)))), read.Exported!.Rows.Select(r => (r.Fund, r.RowId)));
        Assert.Equal("B2", read.Exported.Rows[0].Cell);
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Code is "table-header" or ExportRecord.DamagedCode);
        Assert.True(ChangePreview.Between(seed, read, ids).IsEmpty);
        var positional = XlsxWriter.Write(seed);
        Assert.Empty(SheetEdits.HiddenSheets(positional));
        Assert.Null(OfficeReader.Read(positional, new DisclosureReadOptions("cli.xlsx")).Exported);
    }

    [Fact]
    public void Indicators_added_after_the_export_are_kept_while_the_row_the_user_deleted_is_removed()
    {
        var seed = Samples.Seed();
        var ids = StoredIds.For(seed);
        var (adoption, petitions) = (ids.Of(seed).Of(1, 1), ids.Of(seed).Of(1, 2));
        var edited = SheetEdits.Resave(SheetEdits.Edit(XlsxWriter.Write(seed, rowIds: ids.Of(seed)), RentSheet, rows =>
        {
            SheetEdits.SetText(SheetEdits.Row(rows, adoption), "F", "≥80优");
            SheetEdits.Row(rows, petitions).Remove();
        }));
        var (colleagues, laterProject) = (Indicator("同事新增的指标"), new Fund("导出后新增的项目", [], [Indicator("新项目的指标")]));
        var withColleagues = WithIndicators(seed, 1, seed.Funds[1].Indicators.Add(colleagues));
        var stored = new GoalSet(seed.Year, seed.Department, seed.Overall, withColleagues.Funds.Add(laterProject));
        ids.Add(colleagues, laterProject.Indicators[0]);

        var preview = ChangePreview.Between(stored, OfficeReader.Read(edited, new DisclosureReadOptions("edited.xlsx")), ids.Of(stored));

        Assert.Equal([(ChangeKind.Changed, adoption), (ChangeKind.Removed, petitions)], preview.Changes.Select(c => (c.Kind, c.RowId)));
        Assert.Equal([(seed.Funds[1].Name, ids.Of(stored).Of(1, seed.Funds[1].Indicators.Length), colleagues), (laterProject.Name, ids.Of(stored).Of(2, 0), laterProject.Indicators[0])],
            preview.NotExported.Select(k => (k.Fund, k.RowId, k.Indicator)));
        Assert.Empty(preview.Problems);
    }

    [Theory]
    [InlineData("B3", "", "B3", "Office.ExportRecord.BadId")]
    [InlineData("B3", "S1", "B3", "Office.ExportRecord.BadId")]
    [InlineData("B4", "F1-I1", "B4", "Office.ExportRecord.BadId")]
    [InlineData("B1", "编号", "A1", "Office.ExportRecord.NoHeader")]
    public void A_record_sheet_changed_so_that_it_cannot_be_trusted_is_a_warning_naming_the_sheet_and_cell_and_no_record(string cell, string text, string named, string key)
    {
        var seed = Samples.Seed();
        var exported = XlsxWriter.Write(seed, rowIds: StoredIds.For(seed).Of(seed));
        var changed = SheetEdits.Edit(exported, ExportRecord.SheetName, rows => SheetEdits.SetCell(rows, cell, text));

        var read = OfficeReader.Read(changed, new DisclosureReadOptions("changed.xlsx"));

        Assert.Null(read.Exported);
        var warning = Assert.Single(read.Result.Diagnostics, d => d.Code == ExportRecord.DamagedCode);
        Assert.Equal((Jixiao.Diagnostics.Severity.Warning, key), (warning.Severity, warning.Message.Key));
        Assert.Contains($"隐藏的工作表“{ExportRecord.SheetName}”", warning.Message.ToString(), StringComparison.Ordinal);
        Assert.Contains($"单元格 {named} ", warning.Message.ToString(), StringComparison.Ordinal);
        Assert.NotNull(read.Result.GoalSet);
    }

    [Theory]
    [InlineData("F1-I1", true)]
    [InlineData("F12-I305", true)]
    [InlineData("D7-Y2020-I15", false)]
    [InlineData("F-I1", false)]
    [InlineData("F2-I", false)]
    [InlineData("f2-i3", false)]
    [InlineData("F2-I3x", false)]
    [InlineData("", false)]
    public void Positional_ids_are_recognised_by_their_shape(string id, bool positional) =>
        Assert.Equal(positional, RowIds.IsPositionalId(id));

    [Theory]
    [InlineData("F1-I1", "S2")]
    [InlineData("S1", "S1")]
    [InlineData("", "S2")]
    [InlineData(" S1", "S2")]
    public void Stable_ids_must_be_unique_non_empty_and_not_positional(string first, string second)
    {
        var goals = new GoalSet(new FiscalYear(2024), new Department("某县财政局"), DepartmentGoals.Empty,
            [new Fund("测试项目", [], [Indicator("甲"), Indicator("乙")])]);

        Assert.Throws<ArgumentException>(() => RowIds.Stable(goals, (_, i) => i == 0 ? first : second));
    }

    private static Indicator Indicator(string name) => new("产出指标", "数量指标", name, "", new Jixiao.Targets.QualitativeTarget("完成"), "");

    /// <summary>The goals with two indicators of a fund swapped, as a user reorders them in the web app.</summary>
    private static GoalSet Swap(GoalSet goals, int fund, int a, int b)
    {
        var indicators = goals.Funds[fund].Indicators;
        return WithIndicators(goals, fund, indicators.SetItem(a, indicators[b]).SetItem(b, indicators[a]));
    }

    private static GoalSet WithIndicators(GoalSet goals, int fund, System.Collections.Immutable.ImmutableArray<Indicator> indicators)
    {
        var before = goals.Funds[fund];
        return new GoalSet(goals.Year, goals.Department, goals.Overall, goals.Funds.SetItem(fund, new Fund(before.Name, before.Goals, indicators, before.Money)));
    }

    /// <summary>Ids that stay with their indicator (by reference), as a database's would: S1, S2, … in the seed's order.</summary>
    private sealed class StoredIds
    {
        private readonly Dictionary<Indicator, string> _ids = new(ReferenceEqualityComparer.Instance);

        public static StoredIds For(GoalSet goals)
        {
            var ids = new StoredIds();
            foreach (var indicator in goals.Funds.SelectMany(f => f.Indicators))
            {
                ids._ids[indicator] = $"S{ids._ids.Count + 1}";
            }
            return ids;
        }

        public RowIds Of(GoalSet goals) => RowIds.Stable(goals, (f, i) => _ids[goals.Funds[f].Indicators[i]]);

        /// <summary>Ids for indicators added later, as a database gives each new row the next id.</summary>
        public void Add(params Indicator[] indicators)
        {
            foreach (var indicator in indicators)
            {
                _ids[indicator] = $"S{_ids.Count + 1}";
            }
        }
    }
}
