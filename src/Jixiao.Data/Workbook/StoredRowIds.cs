using System.Globalization;
using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Formats.Xlsx;
using Jixiao.Goals;

namespace Jixiao.Data.Workbook;

/// <summary>
/// 行标识 of stored indicators, written by every XLSX the app exports from a stored goal set:
/// <c>D{department}-Y{year}-I{indicator id}</c>. The indicator's database id keeps a row tied to its indicator
/// however the table changes after the export (the positional <c>F2-I3</c> of older workbooks does not), and the
/// department and year let a row of another department's or year's workbook be refused by its id alone.
/// </summary>
public static class StoredRowIds
{
    /// <summary>The ids of the stored funds' indicators (funds and indicators loaded), for <paramref name="goals"/> made from them.</summary>
    public static RowIds Of(Scope scope, GoalSet goals, IEnumerable<StoredFund> funds)
    {
        var indicators = Ordered(funds);
        return RowIds.Stable(goals, (f, i) => Format(scope, indicators[f][i].Id));
    }

    /// <summary>The stored funds' indicators in the order of the goal set: by fund, then by row.</summary>
    internal static List<List<StoredIndicator>> Ordered(IEnumerable<StoredFund> funds) =>
        [.. funds.OrderBy(f => f.Position).Select(f => f.Indicators.OrderBy(i => i.Position).ToList())];

    private static string Format(Scope scope, int indicatorId) =>
        string.Create(CultureInfo.InvariantCulture, $"D{scope.DepartmentId}-Y{scope.Year}-I{indicatorId}");

    /// <summary>The department and year an id of this form names; false for any other text (positional ids included).</summary>
    public static bool TryScope(string id, out Scope scope)
    {
        ArgumentNullException.ThrowIfNull(id);
        scope = default;
        var parts = id.Split('-');
        if (parts is not [['D', .. var department], ['Y', .. var year], ['I', .. var indicator]]
            || !int.TryParse(indicator, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            || !int.TryParse(department, NumberStyles.None, CultureInfo.InvariantCulture, out var departmentId)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var yearValue))
        {
            return false;
        }
        scope = new Scope(departmentId, yearValue);
        return true;
    }
}
