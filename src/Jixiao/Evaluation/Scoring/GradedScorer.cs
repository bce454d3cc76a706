using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Targets;

namespace Jixiao.Evaluation.Scoring;

/// <summary>
/// Scores by grade: a ladder's grade earns its share of the points (优 100%, 良 80%, 中 60%, 差 0), and a
/// qualitative tier earns the score a person picked inside it, or the tier's default share.
/// </summary>
internal static class GradedScorer
{
    public static Scored Ladder(GradeLadder ladder, decimal actual, decimal w, ScoringPolicy policy)
    {
        var grading = ladder.GradeOf(actual);
        // The step that gave the grade and any overlap are found again when explained (StepOf, OverlapOf):
        // scoring keeps only the grade.
        return new Scored
        {
            Applicable = true,
            Rule = ScoringRule.Ladder,
            Outcome = Outcome.Graded,
            Grade = grading.Grade,
            LadderNote = grading.Note,
            Score = policy.Round(policy.LadderShares[(int)grading.Grade] * w),
            Met = grading.Grade == Grade.Excellent,
        };
    }

    /// <summary>Whether a person's score lies inside the chosen tier (it is used then; otherwise rejected).</summary>
    public static bool Accepts(TierPolicy tier, decimal? entered, decimal w) => entered is { } e && w > 0 && tier.Allows(e / w);

    public static Scored Qualitative(ActualValue value, decimal? entered, decimal w, ScoringPolicy policy)
    {
        if (value.Kind != ActualKind.Tier)
        {
            return Scored.Of(ScoringRule.Unscorable, Outcome.None, 0, met: null);
        }
        var tier = policy.Tiers[(int)value.Tier];
        var accepted = Accepts(tier, entered, w);
        var share = accepted ? entered!.Value / w : tier.Default;
        return new Scored
        {
            Applicable = true,
            Rule = ScoringRule.Qualitative,
            Outcome = Outcome.Graded,
            Tier = value.Tier,
            Score = accepted ? entered!.Value : policy.Round(share * w),
            Met = value.Tier == QualitativeTier.Achieved,
        };
    }

    /// <summary>The index of the step that gave <paramref name="grade"/>: the first of that grade whose condition holds.</summary>
    internal static int? StepOf(GradeLadder ladder, Grade grade, decimal actual)
    {
        for (var i = 0; i < ladder.Steps.Length; i++)
        {
            if (ladder.Steps[i].Grade == grade && ladder.EffectiveComparator(i).Holds(actual, ladder.Steps[i].Value))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>
    /// A step of another grade that also holds and that the ladder's analysis found overlapping the chosen
    /// one (采纳率 65: ≥60良 and ≥60中 both hold; 良 is taken and the overlap noted).
    /// </summary>
    internal static LadderStep? OverlapOf(GradeLadder ladder, int chosen, decimal actual)
    {
        foreach (var defect in ladder.Defects)
        {
            if (defect.Kind != LadderDefectKind.Overlap || defect.StepIndex is not { } k || k < 1)
            {
                continue;
            }
            var other = k == chosen ? k - 1 : k - 1 == chosen ? k : -1;
            if (other >= 0 && ladder.Steps[other].Grade != ladder.Steps[chosen].Grade
                && ladder.EffectiveComparator(other).Holds(actual, ladder.Steps[other].Value))
            {
                return ladder.Steps[other];
            }
        }
        return null;
    }
}
