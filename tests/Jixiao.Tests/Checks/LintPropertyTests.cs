using CsCheck;
using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Goals;
using Jixiao.Targets;

namespace Jixiao.Tests.Checks;

/// <summary>No rule crashes on any model the importers can produce, and every finding renders in both languages.</summary>
public sealed class LintPropertyTests
{
    private const string Alphabet = "≥≤<>=≧‹═优良中差0123456789.%-～天人次元万率和及、与\"“资资产出效益满意度指标 ";

    private static readonly string[] Categories =
        ["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标", "产出指标(50分)", "社会效益", "数量指标", "质量指标", "时效指标",
         "成本指标", "经济成本指标", "环境效益指标", "服务对象满意度指标", "", "未知", "（", "指标"];

    private static readonly string[] Texts =
        ["案件流转率", "批捕准确率和有罪判决率", "办结时间", "人均成本", "资金投入", "\"信访", "854万854万", "率", "和率", "及时率",
         "受理案件", "计划标准", "[bookmark: _Toc1]", "满意度", "资资", "", " "];

    private static readonly string[] Targets =
        ["≥95%", "≥98百分比", "≧735人次", "═100%", "大于等于 98 %", "95%以上", "100%", "≤30天", "90%-95%", "11月底之前", "及时",
         "有效提升", "效果明显", "854万854万", "≥95优，≥70良，≥50中，<50差", "优:≥95；良:≥70", "", "≥120%", "百分之九十八", "预计值210010"];

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Int[0, Texts.Length - 1].Select(i => Texts[i]),
        Gen.Char[Alphabet].Array[0, 12].Select(chars => new string(chars)));

    private static readonly Gen<string> Category = Gen.OneOf(Gen.Int[0, Categories.Length - 1].Select(i => Categories[i]), Word);

    private static readonly Gen<Target> ParsedTarget = Gen.OneOf(
        Gen.Int[0, Targets.Length - 1].Select(i => TargetParser.Parse(Targets[i])),
        Gen.Char[Alphabet].Array[0, 16].Select(chars => TargetParser.Parse(new string(chars))),
        Gen.Char[Alphabet].Array[1, 8].Array[1, 5].Select(rows => TargetParser.ParseRows([.. rows.Select(r => new string(r))])));

    private static readonly Gen<LadderStep> Step =
        Gen.Select(Gen.Int[0, 3], Gen.Int[-1, 4], Gen.Decimal[-1000m, 1000m], Gen.Int[0, 2].Select(i => i switch { 0 => null, 1 => "%", _ => (string?)"天" }),
            (grade, comparator, value, unit) => new LadderStep((Grade)grade, comparator < 0 ? null : (Comparator)comparator, value, unit, "step"));

    /// <summary>JSON can carry any ladder the constructors accept, however defective.</summary>
    private static readonly Gen<Target> AnyLadder = Step.Array[1, 6].Select(steps => (Target)new LadderTarget("ladder", new GradeLadder(steps)));

    private static readonly Gen<Indicator> AnyIndicator =
        Gen.Select(Category, Category, Word.Where(w => w.Trim().Length > 0), Word, Gen.OneOf(ParsedTarget, AnyLadder), Word,
            Gen.Int[-1, 2], (level1, level2, name, description, target, basis, direction) =>
                new Indicator(level1, level2, name, description, target, basis, direction: direction < 0 ? null : (Direction)direction)
                {
                    Sources = [SourceRef.AtLine(1)],
                });

    private static readonly Gen<Fund> AnyFund =
        Gen.Select(Word.Where(w => w.Trim().Length > 0), Word.Array[0, 3], AnyIndicator.Array[0, 8],
            (name, goals, indicators) => new Fund(name, [.. goals], [.. indicators]));

    private static readonly Gen<GoalSet> AnyGoalSet =
        Gen.Select(AnyFund.Array[0, 4], Word.Array[0, 3], (funds, goals) =>
            new GoalSet(new FiscalYear(2020), new Department("部门"), new DepartmentGoals([.. goals], [], []), [.. funds]));

    [Fact]
    public void No_rule_crashes_on_a_generated_model_and_every_finding_renders() =>
        AnyGoalSet.Sample(goals =>
        {
            foreach (var finding in Linter.Default.Lint(goals))
            {
                Assert.False(string.IsNullOrWhiteSpace(finding.Text(Cultures.Chinese)));
                Assert.False(string.IsNullOrWhiteSpace(finding.Text(Cultures.English)));
            }
        }, iter: 3000, threads: 1);

    /// <summary>Disclosure text cut and shuffled from the seed: whatever the reader makes of it, the linter takes.</summary>
    [Fact]
    public void No_rule_crashes_on_what_the_text_reader_makes_of_a_mangled_seed()
    {
        var lines = Samples.Text(Samples.SeedFile).Split('\n');
        Gen.Int[0, lines.Length - 1].Array[0, 200].Sample(picks =>
        {
            var text = string.Join('\n', lines.Take(2).Concat(picks.Select(i => lines[i])));
            var read = DisclosureTextReader.Read(text, new DisclosureReadOptions("mangled.txt", "部门"));
            var report = LintReport.Create(read, Linter.Default);
            Assert.Equal(read.IsUsable, report is not null);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void The_generated_province_lints_and_its_planted_defects_are_found()
    {
        var generator = new Jixiao.Generation.ProvinceGenerator(Jixiao.Generation.ProvinceGenerator.Province);
        var findings = new List<Finding>();
        var indicators = 0;
        for (var i = 0; i < 40; i++)
        {
            indicators += Linter.Default.Lint(generator.Department(i), findings);
        }
        Assert.Equal(40 * 20 * 15, indicators);
        var rules = findings.Select(f => f.Rule).ToHashSet();
        Assert.Superset(new HashSet<string> { "ladder-overlap", "ladder-missing-operator", "category-nonstandard", "basis-nonstandard", "indicator-compound" }, rules);
    }

    [Fact]
    public void Linting_changes_nothing_in_the_model()
    {
        var seed = Samples.Seed();
        var before = Jixiao.Formats.Json.CanonicalJson.SerializeToString(seed);
        Linter.Default.Lint(seed);
        Assert.Equal(before, Jixiao.Formats.Json.CanonicalJson.SerializeToString(seed));
    }
}
