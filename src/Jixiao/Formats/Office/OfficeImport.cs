using System.Collections.Immutable;
using Jixiao.Diagnostics;

namespace Jixiao.Formats.Office;

/// <summary>
/// What importing a DOCX or XLSX gives: the goals with their diagnostics, the 自评表 results when the
/// document had actuals or scores, and for each imported indicator the stable row id an exported sheet
/// carried (null for rows a user added), in the order of funds and indicators.
/// </summary>
public sealed record OfficeImport(ImportResult Result, SelfEvaluationSheet? Evaluation, ImmutableArray<ImmutableArray<string?>> RowIds)
{
    public static OfficeImport Unusable(Diagnostic diagnostic) => new(ImportResult.Unusable(diagnostic), null, []);

    /// <summary>The row id of an indicator (0-based fund and indicator), if it had one.</summary>
    public string? RowIdOf(int fund, int indicator) =>
        fund < RowIds.Length && indicator < RowIds[fund].Length ? RowIds[fund][indicator] : null;
}
