using Jixiao.Diagnostics;
using Jixiao.Formats;
using Jixiao.Goals;
using Jixiao.Goals.Categories;

namespace Jixiao.Checks.Rules;

/// <summary>
/// text-artifact: conversion damage (stray quotes, doubled characters or text, bookmark markers) in any text
/// of the model: every cell of every indicator, fund names and goals, the department's goals. Headings are
/// not in the model; the importer reports theirs.
/// </summary>
public sealed class TextArtifactRule(CompiledProfile profile) : IndicatorRule("text-artifact", Severity.Warning), IGoalSetRule
{
    public override void Check(in IndicatorScope scope, List<Finding> findings)
    {
        var indicator = scope.Indicator;
        // A name the taxonomy recognised, or a basis that is just a standard, is the profile's own spelling.
        if (scope.Facts.Level1.Status is NameStatus.Unknown)
        {
            CheckField(scope, "Lint.Field.Level1", indicator.Level1, findings);
        }
        if (scope.Facts.Level2.Status is NameStatus.Unknown)
        {
            CheckField(scope, "Lint.Field.Level2", indicator.Level2, findings);
        }
        CheckField(scope, "Lint.Field.Name", indicator.Name, findings);
        CheckField(scope, "Lint.Field.Description", indicator.Description, findings);
        CheckField(scope, "Lint.Field.Target", indicator.Target.Text, findings);
        if (!profile.BaseSet.Contains(indicator.Basis))
        {
            CheckField(scope, "Lint.Field.Basis", indicator.Basis, findings);
        }
    }

    public void Check(GoalSet goals, List<Finding> findings)
    {
        CheckTexts(null, "Lint.Field.Goals", goals.Overall.Goals, findings);
        CheckTexts(null, "Lint.Field.SubGoals", goals.Overall.SubGoals, findings);
        CheckTexts(null, "Lint.Field.Safeguards", goals.Overall.Safeguards, findings);
        foreach (var fund in goals.Funds)
        {
            CheckTexts(fund, "Lint.Field.Fund", [fund.Name], findings);
            CheckTexts(fund, "Lint.Field.FundGoals", fund.Goals, findings);
        }
    }

    private void CheckField(in IndicatorScope scope, string field, string text, List<Finding> findings)
    {
        var artifacts = TextArtifacts.Find(text);
        for (var i = 0; i < artifacts.Count; i++)
        {
            if (IsFirstOfItsKind(artifacts, i))
            {
                findings.Add(About(scope.Fund, scope.Indicator, artifacts[i].Kind.ToString(), new LocalizedText(field), text, artifacts[i].Piece));
            }
        }
    }

    /// <summary>One finding per kind of damage in a text: <c>[bookmark: _Toc1]</c> is one marker, not two.</summary>
    private static bool IsFirstOfItsKind(IReadOnlyList<TextArtifact> artifacts, int index) =>
        index == 0 || artifacts[index].Kind != artifacts[index - 1].Kind;

    private void CheckTexts(Fund? fund, string field, IEnumerable<string> texts, List<Finding> findings)
    {
        foreach (var text in texts)
        {
            var artifacts = TextArtifacts.Find(text);
            for (var i = 0; i < artifacts.Count; i++)
            {
                if (!IsFirstOfItsKind(artifacts, i))
                {
                    continue;
                }
                var finding = Make(artifacts[i].Kind.ToString(), new LocalizedText(field), text, artifacts[i].Piece);
                findings.Add(fund is null ? finding : finding with { Fund = fund.Name, Where = fund.Source });
            }
        }
    }
}
