using Jixiao.Formats.Office;
using Jixiao.Formats.Tables;

namespace Jixiao.Formats.Layout;

/// <summary>What a column of an indicator table holds, from its header text (the indicator's own columns and the forms').</summary>
internal enum ColumnRole
{
    Unknown, Level1, Level2, Name, Description, Target, Basis, Weight, Direction, Comparator, Unit,
    Actual, Score, Deviation, Project, ProjectUnit, Budget, ProjectGoals,
}

/// <summary>Header texts to roles, through the synonym lists of <see cref="IndicatorColumns"/> and <see cref="FormColumns"/>.</summary>
internal static class ColumnRoles
{
    public static ColumnRole[] Of(IReadOnlyList<string> header)
    {
        var roles = new ColumnRole[header.Count];
        var form = FormColumns.Map(header);
        for (var i = 0; i < header.Count; i++)
        {
            roles[i] = IndicatorColumns.Recognise(header[i]) switch
            {
                IndicatorColumn.Level1 => ColumnRole.Level1,
                IndicatorColumn.Level2 => ColumnRole.Level2,
                IndicatorColumn.Name => ColumnRole.Name,
                IndicatorColumn.Description => ColumnRole.Description,
                IndicatorColumn.Target => ColumnRole.Target,
                IndicatorColumn.Basis => ColumnRole.Basis,
                IndicatorColumn.Weight => ColumnRole.Weight,
                IndicatorColumn.Direction => ColumnRole.Direction,
                IndicatorColumn.Comparator => ColumnRole.Comparator,
                IndicatorColumn.Unit => ColumnRole.Unit,
                _ => ColumnRole.Unknown,
            };
        }
        foreach (var (column, index) in form)
        {
            if (roles[index] != ColumnRole.Unknown)
            {
                continue;
            }
            roles[index] = column switch
            {
                FormColumn.Actual => ColumnRole.Actual,
                FormColumn.Score => ColumnRole.Score,
                FormColumn.Deviation => ColumnRole.Deviation,
                FormColumn.Project => ColumnRole.Project,
                FormColumn.ProjectUnit => ColumnRole.ProjectUnit,
                FormColumn.Budget => ColumnRole.Budget,
                FormColumn.ProjectGoals => ColumnRole.ProjectGoals,
                FormColumn.RowId => ColumnRole.Unknown,
            };
        }
        return roles;
    }

    /// <summary>
    /// How well a cell of a kind fits a column, or null when it cannot stand there. A merged 一级/二级 or a
    /// project's cells written once for many rows are left out of the rows below them, so skipping them is free.
    /// </summary>
    public static int? Fit(CellKind kind, ColumnRole role) => (role, kind) switch
    {
        (_, CellKind.Empty) => 0,
        (ColumnRole.Level1, CellKind.Level1) => 5,
        (ColumnRole.Level1, CellKind.Text) => 1,
        (ColumnRole.Level1, CellKind.Level2) => 0,
        (ColumnRole.Level1, _) => null,
        (ColumnRole.Level2, CellKind.Level2) => 5,
        (ColumnRole.Level2, CellKind.Level1) => 0,
        (ColumnRole.Level2, CellKind.Text) => 1,
        (ColumnRole.Level2, _) => null,
        (ColumnRole.Name, CellKind.Text) => 3,
        (ColumnRole.Name, CellKind.Qualitative or CellKind.Basis) => 0,
        (ColumnRole.Name, _) => null,
        (ColumnRole.Description, CellKind.Text) => 2,
        (ColumnRole.Description, CellKind.Qualitative or CellKind.Basis or CellKind.Target) => 0,
        (ColumnRole.Description, _) => null,
        (ColumnRole.Target, CellKind.GradeStep) => 6,
        (ColumnRole.Target, CellKind.Target) => 5,
        (ColumnRole.Target, CellKind.Qualitative) => 4,
        (ColumnRole.Target, CellKind.Number) => 2,
        (ColumnRole.Target, CellKind.Text) => 0,
        (ColumnRole.Target, _) => null,
        (ColumnRole.Basis, CellKind.Basis) => 5,
        (ColumnRole.Basis, CellKind.Text) => 1,
        (ColumnRole.Basis, _) => null,
        (ColumnRole.Weight or ColumnRole.Score, CellKind.Number) => 3,
        (ColumnRole.Weight or ColumnRole.Score, _) => null,
        (ColumnRole.Direction, CellKind.Direction) => 5,
        (ColumnRole.Direction, CellKind.Comparator) => 2,
        (ColumnRole.Direction, _) => null,
        (ColumnRole.Comparator, CellKind.Comparator) => 5,
        (ColumnRole.Comparator, CellKind.Direction) => 3,
        (ColumnRole.Comparator, _) => null,
        (ColumnRole.Unit, CellKind.Unit) => 5,
        (ColumnRole.Unit, _) => null,
        (ColumnRole.Actual, CellKind.Number or CellKind.Target or CellKind.Qualitative) => 2,
        (ColumnRole.Actual, CellKind.Text) => 1,
        (ColumnRole.Actual, _) => null,
        (ColumnRole.Budget, CellKind.Number) => 3,
        (ColumnRole.Budget, _) => null,
        (ColumnRole.Deviation or ColumnRole.Project or ColumnRole.ProjectUnit or ColumnRole.ProjectGoals, CellKind.Text or CellKind.Qualitative) => 1,
        (ColumnRole.Deviation or ColumnRole.Project or ColumnRole.ProjectUnit or ColumnRole.ProjectGoals, _) => 0,
        (ColumnRole.Unknown, _) => 0,
    };

    /// <summary>What leaving a column of a row empty costs: nothing for cells merged from above, a little for optional ones.</summary>
    public static int SkipCost(ColumnRole role) => role switch
    {
        ColumnRole.Name => 3,
        ColumnRole.Target => 2,
        ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Project or ColumnRole.ProjectUnit or ColumnRole.Budget
            or ColumnRole.ProjectGoals or ColumnRole.Unknown => 0,
        _ => 1,
    };
}
