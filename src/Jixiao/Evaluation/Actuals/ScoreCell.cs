using System.Globalization;
using Jixiao.Diagnostics;

namespace Jixiao.Evaluation.Actuals;

/// <summary>Reads the 得分 a person entered (<c>9.5</c>, <c>9.5分</c>); an unreadable score is an error, never a 0.</summary>
internal static class ScoreCell
{
    public static decimal? Read(ActualRow row, List<Diagnostic> diagnostics)
    {
        var text = row.Score.Trim().TrimEnd('分').Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score) && score >= 0)
        {
            return score;
        }
        diagnostics.Add(ActualsBinder.Error("score-unreadable", row, "Actuals.ScoreUnreadable", row.Source.Line, row.Score));
        return null;
    }
}
