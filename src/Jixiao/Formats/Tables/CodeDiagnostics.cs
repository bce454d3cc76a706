using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Goals;
using Jixiao.Goals.Codes;

namespace Jixiao.Formats.Tables;

/// <summary>
/// The diagnostics of codes read from documents: an invalid code (<c>code-invalid</c>) and a code given twice
/// (<c>code-duplicate</c>), both errors naming the cell or line, the code left out so that the rest can be read.
/// </summary>
internal static class CodeDiagnostics
{
    public static Diagnostic Invalid(IdentityField field, string text, SourceRef? where, CodeProblem problem) =>
        Diagnostic.Error("code-invalid", where, "Import.CodeInvalid", IdentityLabels.LabelOf(field), text, IdentityDraft.Place(where),
            new LocalizedText("Code." + problem));

    /// <summary>Funds whose 项目代码 an earlier fund already has lose it, with an error at the later one's code (or heading).</summary>
    public static List<Fund> WithoutDuplicateFundCodes(IEnumerable<(Fund Fund, SourceRef? CodeWhere)> funds, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<Code, string>();
        var result = new List<Fund>();
        foreach (var (fund, where) in funds)
        {
            if (fund.Code is { } code && !seen.TryAdd(code, fund.Name))
            {
                diagnostics.Add(Duplicate("项目代码", code, where ?? fund.Source, seen[code], fund.Name) with { Fund = fund.Name });
                result.Add(fund with { Code = null });
                continue;
            }
            result.Add(fund);
        }
        return result;
    }

    /// <summary>Indicators whose 指标代码 an earlier indicator of the fund already has lose it, with an error at the later one.</summary>
    public static void DropDuplicateIndicatorCodes(string fund, ImmutableArray<Indicator>.Builder indicators, List<Diagnostic> diagnostics)
    {
        Dictionary<Code, string>? seen = null;
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Code is { } code && !(seen ??= []).TryAdd(code, indicators[i].Name))
            {
                diagnostics.Add(Duplicate("指标代码", code, indicators[i].Source, seen[code], indicators[i].Name) with { Fund = fund, Indicator = indicators[i].Name });
                indicators[i] = indicators[i] with { Code = null };
            }
        }
    }

    private static Diagnostic Duplicate(string label, Code code, SourceRef? where, string first, string second) =>
        Diagnostic.Error("code-duplicate", where, "Import.CodeDuplicate", label, code.Value, IdentityDraft.Place(where), first, second);
}
