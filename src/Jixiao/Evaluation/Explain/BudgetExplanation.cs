using System.Globalization;
using static Jixiao.Evaluation.Numbers;

namespace Jixiao.Evaluation.Scoring;

/// <summary>Explains the budget score: <c>预算执行率 = 全年执行数 95万元 ÷ 全年预算数 100万元 = 95%；得分 = min(95%, 100%) × 10 = 9.5</c>.</summary>
internal static class BudgetExplanation
{
    public static string Render(BudgetEvaluation budget, CultureInfo culture)
    {
        if (budget.Rate is not { } rate)
        {
            return EvaluationText.Format(culture, "Explain.Budget.Missing", Show(budget.Points));
        }
        var score = EvaluationText.Format(culture, "Explain.Budget.Score", EvaluationText.Rate(rate), Show(budget.Points), Show(budget.Score), budget.Decimals);
        if (budget.RateStated)
        {
            return EvaluationText.Format(culture, "Explain.Budget.Stated", EvaluationText.Rate(rate)) + score;
        }
        var figures = budget.Figures!;
        return EvaluationText.Format(culture, "Explain.Budget.Computed", EvaluationText.Money(figures.Executed!.Value), EvaluationText.Money(figures.Annual!.Value), EvaluationText.Rate(rate)) + score;
    }
}

/// <summary>Explains a fund's total: the sum, any rescaling and what was dropped, and the grade band.</summary>
internal static class TotalExplanation
{
    public static string Render(FundEvaluation fund, CultureInfo culture)
    {
        if (fund.Total is not { } total)
        {
            return EvaluationText.Format(culture, "Explain.Total.None");
        }
        var dropped = Dropped(fund, culture);
        var text = !fund.Rescaled
            ? EvaluationText.Format(culture, "Explain.Total.Sum", Show(total))
            : EvaluationText.Format(culture, dropped.Count > 0 ? "Explain.Total.RescaledDropped" : "Explain.Total.Rescaled",
                Show(fund.RawScore), Show(fund.ApplicablePoints), Show(total), string.Join(culture.TwoLetterISOLanguageName == "en" ? ", " : "、", dropped),
                fund.Decimals, Show(fund.DeclaredPoints));
        return text + Band(fund.Grade!.Value, fund.GradeBands, culture);
    }

    /// <summary>The grade with the bands that gave it: <c> → 良（优 ≥ 90，良 ≥ 80，中 ≥ 60，差 &lt; 60）</c>.</summary>
    public static string Band(Targets.Grade grade, IReadOnlyList<decimal> bands, CultureInfo culture) =>
        EvaluationText.Format(culture, "Explain.Total.Grade", GradeName(grade, culture), Show(bands[0]), Show(bands[1]), Show(bands[2]));

    public static string GradeName(Targets.Grade grade, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? Targets.GradeExtensions.EnglishName(grade) : Targets.GradeExtensions.ChineseName(grade);

    private static List<string> Dropped(FundEvaluation fund, CultureInfo culture)
    {
        var dropped = new List<string>();
        if (!fund.Budget.Applicable)
        {
            dropped.Add(EvaluationText.Format(culture, "Explain.Dropped.Budget", Show(fund.Budget.Points)));
        }
        if (fund.Indicators.Any(i => i.PointsSource == PointsSource.EvenSplit))
        {
            dropped.AddRange(fund.EmptyCategories.Select(c => EvaluationText.Format(culture, "Explain.Dropped.Category", c.Label, Show(c.Weight))));
        }
        foreach (var indicator in fund.Indicators.Where(i => !i.Applicable))
        {
            var key = indicator.Rule == ScoringRule.UnknownCategory ? "Explain.Dropped.Unknown" : "Explain.Dropped.Indicator";
            dropped.Add(EvaluationText.Format(culture, key, indicator.Indicator.Name, Show(indicator.Points)));
        }
        return dropped;
    }
}
