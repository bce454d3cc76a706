using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Jixiao.Goals.Codes;

namespace Jixiao.Goals;

/// <summary>
/// 部门预算绩效信息 — a department's performance goals for one budget year: part 1, the department as
/// a whole (<see cref="Overall"/>), and part 2, one goal table per fund (<see cref="Funds"/>).
/// This is the canonical model every importer produces and every exporter reads. 项目代码 are unique
/// among its funds where given (and 指标代码 within each fund, <see cref="Fund"/>).
/// </summary>
public sealed record GoalSet
{
    /// <summary>The version of the canonical JSON this model writes (docs/schema/goal-set.schema.json).</summary>
    public const string CurrentSchemaVersion = "1.1";

    public GoalSet(FiscalYear year, Department department, DepartmentGoals overall, ImmutableArray<Fund> funds)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(overall);
        Year = year;
        Department = department;
        Overall = overall;
        Funds = funds.IsDefault ? [] : funds;
        if (CodeConflict.AmongFunds(Funds) is { } conflict)
        {
            throw new CodeConflictException(conflict);
        }
    }

    /// <summary>Written first in the JSON so that readers can check the version before anything else.</summary>
    [JsonPropertyOrder(-2)]
#pragma warning disable CA1822 // An instance property, so that the serialiser writes it with the model.
    public string SchemaVersion => CurrentSchemaVersion;
#pragma warning restore CA1822

    /// <summary>预算年度.</summary>
    public FiscalYear Year { get; }

    /// <summary>部门.</summary>
    public Department Department { get; }

    /// <summary>部门整体绩效目标.</summary>
    public DepartmentGoals Overall { get; }

    /// <summary>专项资金绩效目标, one per fund.</summary>
    public ImmutableArray<Fund> Funds { get; }
}
