using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Goals;
using Jixiao.Targets;
using static Jixiao.Tests.Formats.Office.DocxCell;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// Import of Word and Excel files in four real-world layouts, built here with the Open XML SDK and
/// asserted field by field (issue 6, "What it must show").
/// </summary>
public sealed class LayoutImportTests
{
    private static OfficeImport Read(byte[] file, string name = "layout") => OfficeReader.Read(file, new DisclosureReadOptions(name));

    private static string Ladder(Indicator indicator) => string.Join(" ", Assert.IsType<LadderTarget>(indicator.Target).Ladder.Steps.Select(s => s.Text));

    // Layout 1: the seed's disclosure as Word has it: headings, numbered lists, a goal row spanning the
    // table, 一级 merged vertically in one block and left empty in another, one row per grade.
    private static readonly byte[] SeedLayout = OfficeFixtures.Docx(
        "某县人民检察院2020年部门预算绩效信息",
        "第一部分  部门整体绩效目标",
        "（一）总体绩效目标",
        "(一)、执行国家法律法规，贯彻落实上级人民检察院、同级党委工作部署。",
        "（十二）承办上级检察院交办的其他事项。",
        "（二）分项绩效目标",
        "一、负责对受理案件的登记和归口分流。",
        "（三）工作保障措施",
        "一、综合办公室发挥保障、服务职能。",
        "二、案件管理办公室对本机关受理案件进行全程动态监控。",
        "第二部分  专项资金绩效目标",
        "1、办案业务、办案设备及科技强检经费专项资金绩效目标表",
        new DocxTable(
            ["绩效目标", Wide("1、保护公民、法人和其他单位的合法权益\n2、规范司法行为", 5)],
            ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"],
            [Top("产出指标"), "质量指标", "案件流转率", "批捕准确率和有罪判决率", "≥95优", "受理案件"],
            [Under, "质量指标", "案件流转率", "批捕准确率和有罪判决率", "≥70良", "受理案件"],
            [Under, "质量指标", "案件流转率", "批捕准确率和有罪判决率", "≥50中", "受理案件"],
            [Under, "质量指标", "案件流转率", "批捕准确率和有罪判决率", "<50差", "受理案件"],
            ["效果指标", "社会效益指标", "采纳率", "民事申诉案件上级采纳率及检察建议采纳率", "≥70优", "民事申诉案件及公益诉讼"],
            ["", "社会效益指标", "采纳率", "民事申诉案件上级采纳率及检察建议采纳率", "≥60良", "民事申诉案件及公益诉讼"],
            ["满意度指标", "服务对象满意度指标", "涉检信访案件办结率", "按程序处理信访案件占全年受理信访案件比例", "≥70优", "\"信访"]));

    [Fact]
    public void Seed_layout_docx_gives_part_one_lists_without_numbering()
    {
        var goals = Read(SeedLayout).Result.GoalSet!;
        Assert.Equal(2020, goals.Year.Value);
        Assert.Equal("某县人民检察院", goals.Department.Name);
        Assert.Equal(["执行国家法律法规，贯彻落实上级人民检察院、同级党委工作部署。", "承办上级检察院交办的其他事项。"], goals.Overall.Goals);
        Assert.Equal(["负责对受理案件的登记和归口分流。"], goals.Overall.SubGoals);
        Assert.Equal(["综合办公室发挥保障、服务职能。", "案件管理办公室对本机关受理案件进行全程动态监控。"], goals.Overall.Safeguards);
    }

    [Fact]
    public void Seed_layout_docx_gives_the_fund_its_goals_and_merged_ladders()
    {
        var fund = Assert.Single(Read(SeedLayout).Result.GoalSet!.Funds);
        Assert.Equal("办案业务、办案设备及科技强检经费", fund.Name);
        Assert.Equal(["保护公民、法人和其他单位的合法权益", "规范司法行为"], fund.Goals);
        Assert.Equal(3, fund.Indicators.Length);
        var (first, second, third) = (fund.Indicators[0], fund.Indicators[1], fund.Indicators[2]);
        Assert.Equal(("产出指标", "质量指标", "案件流转率", "批捕准确率和有罪判决率", "受理案件"), (first.Level1, first.Level2, first.Name, first.Description, first.Basis));
        Assert.Equal("≥95优 ≥70良 ≥50中 <50差", Ladder(first));
        Assert.Equal(("效果指标", "社会效益指标", "采纳率"), (second.Level1, second.Level2, second.Name));
        Assert.Equal("≥70优 ≥60良", Ladder(second));
        Assert.Equal(("满意度指标", "涉检信访案件办结率", "\"信访"), (third.Level1, third.Name, third.Basis));
        Assert.Equal(["T1R3C5", "T1R4C5", "T1R5C5", "T1R6C5"], first.Sources.Select(s => s.ToString()));
        Assert.Equal("T1R9C5", third.Source!.ToString());
    }

    // Layout 2: a 项目支出绩效目标申报表 in Excel whose 绩效指标描述 repeats the name and whose targets say 百分比.
    private static readonly byte[] DeclarationLayout = OfficeFixtures.Xlsx(new XlsxSheet("申报表",
        [
            ["项目支出绩效目标申报表"],
            ["（2021年度）"],
            ["项目名称", "义务教育学生营养改善计划"],
            ["主管部门", "某县教育局"],
            ["项目资金（万元）", "年度资金总额", 120],
            [null, "其中：财政拨款", 100],
            [null, "其他资金", 20.5],
            ["年度目标", "1.保障学生营养膳食补助按时足额发放\n2.提高学生营养健康水平"],
            ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"],
            ["产出指标", "数量指标", "受益学生人数", "受益学生人数", "≥3200人"],
            [null, "质量指标", "补助资金发放准确率", "补助资金发放准确率", "≥98百分比"],
            ["效益指标", "社会效益指标", "学生营养健康状况", "学生营养健康状况", "有效改善"],
            ["满意度指标", "服务对象满意度指标", "学生家长满意度", "学生家长满意度", "≥95%"],
        ], "A1:E1", "A2:E2", "B3:E3", "B4:E4", "A5:A7", "B8:E8", "A10:A11"));

    [Fact]
    public void Declaration_layout_xlsx_reads_the_form_fields_and_money_in_ten_thousands()
    {
        var goals = Read(DeclarationLayout).Result.GoalSet!;
        Assert.Equal((2021, "某县教育局"), (goals.Year.Value, goals.Department.Name));
        var fund = Assert.Single(goals.Funds);
        Assert.Equal("义务教育学生营养改善计划", fund.Name);
        Assert.Equal(new FundMoney(1_200_000m, 1_000_000m, 205_000m), fund.Money);
        Assert.Equal(["保障学生营养膳食补助按时足额发放", "提高学生营养健康水平"], fund.Goals);
    }

    [Fact]
    public void Declaration_layout_xlsx_keeps_descriptions_that_repeat_the_name_and_reads_percent_words()
    {
        var fund = Read(DeclarationLayout).Result.GoalSet!.Funds[0];
        Assert.All(fund.Indicators, i => Assert.Equal(i.Name, i.Description));
        Assert.Equal(["产出指标", "产出指标", "效益指标", "满意度指标"], fund.Indicators.Select(i => i.Level1));
        var accuracy = Assert.IsType<QuantitativeTarget>(fund.Indicators[1].Target);
        Assert.Equal(("≥98百分比", Comparator.GreaterOrEqual, 98m, "%"), (accuracy.Text, accuracy.Comparator, accuracy.Value, accuracy.Unit));
        Assert.IsType<QualitativeTarget>(fund.Indicators[2].Target);
        Assert.Equal("T1R11C5", fund.Indicators[1].Source!.ToString());
    }

    // Layout 3: several projects flattened into one table with 指标性质/指标方向/目标值/计量单位/分值 columns,
    // word comparators and points in the level-1 labels.
    private static readonly byte[] FlatLayout = OfficeFixtures.Xlsx(new XlsxSheet("项目绩效目标",
        [
            ["项目名称", "项目单位", "项目类别", "预算数（万元）", "年度绩效目标", "一级指标(分值)", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"],
            ["农村公路养护", "某县交通运输局", "经常性项目", 300, "完成农村公路日常养护", "产出指标(50分)", "数量指标", "养护里程", "正向", "大于等于", 120, "公里", 30],
            [null, null, null, null, null, null, "时效指标", "养护完成时间", "定性", null, "11月底之前", null, 20],
            [null, null, null, null, null, "效益指标(30分)", "社会效益指标", "道路优良率", "正向", "大于等于", 85, "%", 30],
            [null, null, null, null, null, "满意度指标(20分)", "服务对象满意度指标", "群众满意度", "正向", "大于等于", 90, "%", 20],
            ["村卫生室运行补助", "某县卫生健康局", "经常性项目", 85.5, "保障村卫生室正常运转", "产出指标(60分)", "成本指标", "人均补助标准", "反向", "小于等于", 2, "万元", 40],
            [null, null, null, null, null, "满意度指标(40分)", "服务对象满意度指标", "村民满意度", "正向", "大于等于", 90, "%", 40],
        ], "A2:A5", "B2:B5", "C2:C5", "D2:D5", "E2:E5", "F2:F3", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7"));

    [Fact]
    public void Flat_layout_xlsx_splits_projects_into_funds_with_money_and_goals()
    {
        var read = Read(FlatLayout, "flat.xlsx");
        var goals = OfficeReader.Read(FlatLayout, new DisclosureReadOptions("flat.xlsx", "某县财政局", 2023)).Result.GoalSet!;
        Assert.Equal(["农村公路养护", "村卫生室运行补助"], goals.Funds.Select(f => f.Name));
        Assert.Equal(new FundMoney(3_000_000m), goals.Funds[0].Money);
        Assert.Equal(new FundMoney(855_000m), goals.Funds[1].Money);
        Assert.Equal(["完成农村公路日常养护"], goals.Funds[0].Goals);
        Assert.Equal([4, 2], goals.Funds.Select(f => f.Indicators.Length));
        Assert.Contains(read.Result.Diagnostics, d => d.Code == "year-missing");
    }

    [Fact]
    public void Flat_layout_xlsx_reads_word_comparators_directions_weights_and_level_one_points()
    {
        var read = OfficeReader.Read(FlatLayout, new DisclosureReadOptions("flat.xlsx", "某县财政局", 2023));
        var roads = read.Result.GoalSet!.Funds[0].Indicators;
        var length = Assert.IsType<QuantitativeTarget>(roads[0].Target);
        Assert.Equal((Comparator.GreaterOrEqual, 120m, "公里"), (length.Comparator, length.Value, length.Unit));
        Assert.Equal(("产出指标", Direction.Positive, 30m), (roads[0].Level1, roads[0].Direction, roads[0].Weight!.Value.Points));
        Assert.Equal(("产出指标", Direction.Qualitative, 20m), (roads[1].Level1, roads[1].Direction, roads[1].Weight!.Value.Points));
        Assert.IsType<DeadlineTarget>(roads[1].Target);
        Assert.Equal("效益指标", roads[2].Level1);
        var cost = Assert.IsType<QuantitativeTarget>(read.Result.GoalSet.Funds[1].Indicators[0].Target);
        Assert.Equal((Comparator.LessOrEqual, 2m, "万元"), (cost.Comparator, cost.Value, cost.Unit));
        Assert.Equal(Direction.Negative, read.Result.GoalSet.Funds[1].Indicators[0].Direction);
        Assert.Equal("T1R2C11", roads[0].Source!.ToString());
        // 产出指标(60分) over indicators worth 40: reported at the label's row; the consistent labels are not.
        var points = Assert.Single(read.Result.Diagnostics, d => d.Code == "category-points");
        Assert.Equal(("村卫生室运行补助", "T1R6C11"), (points.Fund, points.Where!.ToString()));
    }

    // Layout 4: a 项目支出绩效自评表 (10号 layout) with actuals, scores, reasons, the budget row and the total.
    private static readonly byte[] SelfEvaluationLayout = OfficeFixtures.Xlsx(new XlsxSheet("自评表",
        [
            ["项目支出绩效自评表"],
            ["（2022年度）"],
            ["项目名称", "基本公共卫生服务项目"],
            ["主管部门", "某县卫生健康局", null, null, "实施单位", "某县疾病预防控制中心"],
            ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [null, "年度资金总额", 500, 520, 494, 10, "95%", 9.5],
            [null, "其中：当年财政拨款", 500, 520, 494, null, null, null],
            [null, "其他资金", 0, 0, 0, null, null, null],
            ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
            [null, "为辖区常住居民免费提供基本公共卫生服务", null, null, null, "全年提供了14类基本公共卫生服务"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            [null, "产出指标(50分)", "数量指标", "老年人健康管理人数", "≥3500人", "3620人", 20, 20, null],
            [null, null, "质量指标", "电子健康档案建档率", "≥95%", "93%", 15, 12, "部分流动人口未建档，下年加强入户"],
            [null, null, "时效指标", "资金拨付及时性", "11月底之前", "11月20日", 15, 15, null],
            [null, "满意度指标(10分)", "服务对象满意度指标", "居民满意度", "≥90%", "92%", 10, 10, null],
            ["其他需要说明事项", "无", null, null, null, "总分", 91.5, "优", null],
        ], "A1:I1", "A2:I2", "B3:I3", "A5:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10", "A11:A15", "B12:B14", "B16:E16"));

    [Fact]
    public void Self_evaluation_layout_xlsx_gives_the_goals_of_the_fund()
    {
        var read = Read(SelfEvaluationLayout, "自评表.xlsx");
        var goals = read.Result.GoalSet!;
        Assert.Equal((2022, "某县卫生健康局"), (goals.Year.Value, goals.Department.Name));
        var fund = Assert.Single(goals.Funds);
        Assert.Equal("基本公共卫生服务项目", fund.Name);
        Assert.Equal(["为辖区常住居民免费提供基本公共卫生服务"], fund.Goals);
        Assert.Equal(new FundMoney(5_000_000m, 5_000_000m, 0m), fund.Money);
        Assert.Equal(["老年人健康管理人数", "电子健康档案建档率", "资金拨付及时性", "居民满意度"], fund.Indicators.Select(i => i.Name));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "满意度指标"], fund.Indicators.Select(i => i.Level1));
        Assert.Equal([20m, 15m, 15m, 10m], fund.Indicators.Select(i => i.Weight!.Value.Points));
        Assert.DoesNotContain(read.Result.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Self_evaluation_layout_xlsx_brings_actuals_scores_reasons_budget_and_total_as_an_evaluation()
    {
        var evaluation = Assert.Single(Read(SelfEvaluationLayout, "自评表.xlsx").Evaluation!.Funds);
        Assert.Equal("基本公共卫生服务项目", evaluation.FundName);
        Assert.Equal(["3620人", "93%", "11月20日", "92%"], evaluation.Indicators.Select(r => r.Actual));
        Assert.Equal([20m, 12m, 15m, 10m], evaluation.Indicators.Select(r => r.Score!.Value));
        Assert.Equal("部分流动人口未建档，下年加强入户", evaluation.Indicators[1].Deviation);
        Assert.Equal("T1R13C5", evaluation.Indicators[1].Where!.ToString());
        Assert.Equal((91.5m, "优"), (evaluation.TotalScore, evaluation.Grade));
        Assert.Equal(new BudgetExecution(5_000_000m, 5_200_000m, 4_940_000m, 10m, 9.5m), evaluation.Budget);
        Assert.Equal(0.95m, evaluation.Budget!.ExecutionRate);
    }
}

/// <summary>The Sichuan variant of the 自评表, as a Word table: 指标性质, 度量单位, 完成值, 权重, 未完成原因分析.</summary>
public sealed class SichuanSelfEvaluationDocxTests
{
    private static readonly byte[] Sichuan = OfficeFixtures.Docx(
        "项目支出绩效自评表",
        "（2023年度）",
        new DocxTable(
            ["项目名称", DocxCell.Wide("农村饮水安全工程", 9)],
            ["主管部门", DocxCell.Wide("某县水利局", 9)],
            [DocxCell.Top("项目资金（万元）"), "", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", DocxCell.Wide("原因", 2)],
            [DocxCell.Under, "年度资金总额", "200", "180", "171", "95%", "10", "9.5", DocxCell.Wide("", 2)],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
            [DocxCell.Top("产出指标(60分)"), "数量指标", "新建供水管网", "正向", "≥12", "公里", "12.5", "30", "30", ""],
            [DocxCell.Under, "质量指标", "水质达标率", "正向", "≥95", "%", "92", "30", "25", "两处水源浊度超标，已加装过滤设备"],
            ["满意度指标(20分)", "服务对象满意度指标", "受益群众满意度", "正向", "≥90", "%", "93", "30", "30", ""],
            ["评价结论", DocxCell.Wide("总分", 1), "94.5", "优", "", "", "", "", "", ""]));

    [Fact]
    public void Sichuan_layout_docx_reads_unit_columns_weights_and_the_evaluation()
    {
        var read = OfficeReader.Read(Sichuan, new DisclosureReadOptions("四川自评表.docx"));
        var fund = Assert.Single(read.Result.GoalSet!.Funds);
        Assert.Equal((2023, "某县水利局", "农村饮水安全工程"), (read.Result.GoalSet.Year.Value, read.Result.GoalSet.Department.Name, fund.Name));
        var pipes = Assert.IsType<QuantitativeTarget>(fund.Indicators[0].Target);
        Assert.Equal((Comparator.GreaterOrEqual, 12m, "公里"), (pipes.Comparator, pipes.Value, pipes.Unit));
        Assert.Equal([30m, 30m, 30m], fund.Indicators.Select(i => i.Weight!.Value.Points));
        Assert.All(fund.Indicators, i => Assert.Equal(Direction.Positive, i.Direction));
        var points = Assert.Single(read.Result.Diagnostics, d => d.Code == "category-points");
        Assert.Contains("满意度指标", points.Message.Format(Cultures.Chinese), StringComparison.Ordinal);

        var evaluation = Assert.Single(read.Evaluation!.Funds);
        Assert.Equal(["12.5", "92", "93"], evaluation.Indicators.Select(r => r.Actual));
        Assert.Equal([30m, 25m, 30m], evaluation.Indicators.Select(r => r.Score!.Value));
        Assert.Equal("两处水源浊度超标，已加装过滤设备", evaluation.Indicators[1].Deviation);
        Assert.Equal((94.5m, "优"), (evaluation.TotalScore, evaluation.Grade));
        Assert.Equal(new BudgetExecution(2_000_000m, 1_800_000m, 1_710_000m, 10m, 9.5m), evaluation.Budget);
    }
}
