using System.Collections.Immutable;
using System.Globalization;
using Jixiao.Targets;

namespace Jixiao.Goals;

/// <summary>What a change did to an indicator, a fund or a line: 新增, 修改 or 删除.</summary>
public enum ChangeKind
{
    /// <summary>新增: there is no earlier counterpart.</summary>
    Added,
    /// <summary>修改: the counterpart differs.</summary>
    Changed,
    /// <summary>删除: the earlier one is gone.</summary>
    Removed,
}

/// <summary>One field that differs, by its column name (三级指标, 指标值 …), with the old and new text (null: empty or not given).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// The fields of an indicator table row, by column name, compared as the user sees them: the target by its
/// text as written, the weight by its points, the direction by 正向/反向/定性. Shared by the re-import
/// preview and the redline so that both say the same thing about the same row.
/// </summary>
public static class IndicatorFields
{
    /// <summary>The fields that differ, in column order.</summary>
    public static ImmutableArray<FieldChange> Compare(Indicator before, Indicator after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = ImmutableArray.CreateBuilder<FieldChange>();
        var old = Values(before);
        var @new = Values(after);
        for (var i = 0; i < old.Length; i++)
        {
            if (!string.Equals(old[i].Value, @new[i].Value, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(old[i].Field, old[i].Value, @new[i].Value));
            }
        }
        return changes.ToImmutable();
    }

    /// <summary>Every field of the row with its text, in column order (a weight without trailing zeros: 10.0 is 10).</summary>
    public static ImmutableArray<(string Field, string? Value)> Values(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return
        [
            ("一级指标", indicator.Level1),
            ("二级指标", indicator.Level2),
            ("三级指标", indicator.Name),
            ("绩效指标描述", indicator.Description),
            ("指标值", indicator.Target.Text),
            ("指标值确定依据", indicator.Basis),
            ("分值", indicator.Weight?.Points.ToString("0.############################", CultureInfo.InvariantCulture)),
            ("指标性质", indicator.Direction?.ChineseName()),
        ];
    }
}
