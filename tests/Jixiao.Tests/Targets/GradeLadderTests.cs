using Jixiao.Targets;

namespace Jixiao.Tests.Targets;

/// <summary>Grading an actual on a ladder, and the ladder's own defects (rules.md §3).</summary>
public sealed class GradeLadderTests
{
    private static GradeLadder Ladder(string text) =>
        Assert.IsType<LadderTarget>(TargetParser.Parse(text)).Ladder;

    [Theory]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "96", Grade.Excellent, LadderGradingNote.InBand)]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "95", Grade.Excellent, LadderGradingNote.InBand)]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "72", Grade.Good, LadderGradingNote.InBand)]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "50", Grade.Fair, LadderGradingNote.InBand)]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "49.9", Grade.Poor, LadderGradingNote.InBand)]
    [InlineData("≥70优 ≥60良 ≥60中", "65", Grade.Good, LadderGradingNote.InBand)]
    [InlineData("≥70优 ≥60良 ≥60中", "59", Grade.Poor, LadderGradingNote.BelowLadder)]
    [InlineData("≥90优 ≥70良 60差", "65", Grade.Poor, LadderGradingNote.InGap)]
    [InlineData("≥90优 ≥70良 60差", "55", Grade.Poor, LadderGradingNote.InBand)]
    [InlineData("≥70优", "69", Grade.Poor, LadderGradingNote.BelowLadder)]
    [InlineData("≤5优 ≤10良 >10差", "4", Grade.Excellent, LadderGradingNote.InBand)]
    [InlineData("≤5优 ≤10良 >10差", "7", Grade.Good, LadderGradingNote.InBand)]
    [InlineData("≤5优 ≤10良 >10差", "11", Grade.Poor, LadderGradingNote.InBand)]
    public void Grades_an_actual_as_the_best_grade_whose_condition_holds(string ladder, string actual, Grade grade, LadderGradingNote note) =>
        Assert.Equal(new LadderGrading(grade, note), Ladder(ladder).GradeOf(decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("≥95优 ≥70良 ≥50中 <50差", "")]
    [InlineData("≤5优 ≤10良 ≤20中 >20差", "")]
    [InlineData(">90优 >=90良 ≥50中 <50差", "")]
    [InlineData("≥70优 ≥60良 ≥60中", "overlap@2[60..60] incomplete")]
    [InlineData("≥90优 ≥70良 60差", "missing@2 gap@2[60..70] incomplete")]
    [InlineData("≥70优", "incomplete")]
    [InlineData("≥95优 ≥70良 ≥50中 <40差", "gap@3[40..50]")]
    [InlineData("≥95优 ≥70良 ≥50中 <60差", "overlap@3[50..60]")]
    [InlineData("≥95优 ≥70良 ≥50中 ≤50差", "overlap@3[50..50]")]
    [InlineData("≥95优 ≥70良 >50中 <50差", "gap@3[50..50]")]
    [InlineData("≥70优 ≥95良 ≥50中 <50差", "order@1")]
    [InlineData("≥95良 ≥70优 ≥50中 <50差", "order@1")]
    [InlineData("≥95优 ≤70良 ≥50中 <50差", "order@1")]
    [InlineData("≤5优 ≤10良 >20差", "gap@2[10..20] incomplete")]
    public void Reports_its_own_defects(string ladder, string expected)
    {
        var defects = Ladder(ladder).Defects.Select(d => d.Kind switch
        {
            LadderDefectKind.Overlap => $"overlap@{d.StepIndex}[{d.From}..{d.To}]",
            LadderDefectKind.Gap => $"gap@{d.StepIndex}[{d.From}..{d.To}]",
            LadderDefectKind.MissingComparator => $"missing@{d.StepIndex}",
            LadderDefectKind.Incomplete => "incomplete",
            LadderDefectKind.Order => $"order@{d.StepIndex}",
        });
        Assert.Equal(expected, string.Join(" ", defects));
    }

    [Fact]
    public void An_incomplete_ladder_names_the_grades_it_lacks()
    {
        var incomplete = Assert.Single(Ladder("≥90优 ≥70良 60差").Defects, d => d.Kind == LadderDefectKind.Incomplete);
        Assert.Equal([Grade.Fair], incomplete.MissingGrades);
    }
}
