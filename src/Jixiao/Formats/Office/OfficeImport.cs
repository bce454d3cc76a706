using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>
/// What importing a DOCX or XLSX gives: the goals with their diagnostics, the 自评表 results when the
/// document had actuals or scores, and for each imported indicator the stable row id an exported sheet
/// carried (null for rows a user added), in the order of funds and indicators.
/// </summary>
public sealed record OfficeImport(ImportResult Result, SelfEvaluationSheet? Evaluation, ImmutableArray<ImmutableArray<string?>> RowIds)
{
    public static OfficeImport Unusable(Diagnostic diagnostic) => new(ImportResult.Unusable(diagnostic), null, []);

    /// <summary>The names of the tables (an XLSX's sheets) by their number in <see cref="SourceRef.Table"/>.</summary>
    public ImmutableDictionary<int, string> TableNames { get; init; } = ImmutableDictionary<int, string>.Empty;

    /// <summary>
    /// 导出清单: the 行标识 the workbook was exported with (its hidden sheet), when it has a readable one; a record
    /// sheet that was changed so that it cannot be read is an <see cref="ExportRecord.DamagedCode"/> warning instead.
    /// </summary>
    public ExportRecord? Exported { get; init; }

    /// <summary>The row id of an indicator (0-based fund and indicator), if it had one.</summary>
    public string? RowIdOf(int fund, int indicator) =>
        fund < RowIds.Length && indicator < RowIds[fund].Length ? RowIds[fund][indicator] : null;

    /// <summary>Every imported indicator with its fund, row id and place, in the order of funds and indicators.</summary>
    public IEnumerable<ImportedRow> Rows()
    {
        var funds = Result.GoalSet?.Funds ?? [];
        for (var f = 0; f < funds.Length; f++)
        {
            for (var i = 0; i < funds[f].Indicators.Length; i++)
            {
                var indicator = funds[f].Indicators[i];
                var table = indicator.Source?.Table is { } number ? TableNames.GetValueOrDefault(number) : null;
                yield return new ImportedRow(funds[f].Name, indicator, RowIdOf(f, i), table, indicator.Source?.Row);
            }
        }
    }
}

/// <summary>
/// An indicator as read from a document: its fund, its content, the 行标识 it carried (null for a row a user
/// added) and where it starts: the table (an XLSX's sheet name) and its 1-based row there.
/// </summary>
public sealed record ImportedRow(string Fund, Indicator Indicator, string? RowId, string? Table, int? Row);
