using Jixiao.Data.Rollup;
using Jixiao.Data.Common;
using Jixiao.Data.Funds;
using Jixiao.Data.Persistence;
using Jixiao.Goals;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Departments;

/// <summary>Editing goal statements: part 1 of the disclosure, and a fund's 绩效目标. Items are given in order; blank items are dropped.</summary>
public sealed class GoalCommands(JixiaoDb db, DepartmentQuery departments, FundQuery funds, YearResults results)
{
    public const int MaxItems = 100;
    public const int MaxItemLength = 2000;

    public async Task<Outcome<DepartmentView>> ReviseOverallAsync(Scope scope, OverallGoalsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goalSet = await db.GoalSetsIn(scope).FirstOrDefaultAsync(cancellationToken);
        if (goalSet is null)
        {
            return Failure.NotFound("Web.What.GoalSet");
        }
        if ((Check("goals", input.Goals) ?? Check("subGoals", input.SubGoals) ?? Check("safeguards", input.Safeguards)) is { } invalid)
        {
            return invalid;
        }
        goalSet.ReviseOverall(new DepartmentGoals(Clean(input.Goals), Clean(input.SubGoals), Clean(input.Safeguards)));
        await db.SaveGoalSetChangeAsync(goalSet.Id, results, cancellationToken);
        return (await departments.GetAsync(scope, cancellationToken))!;
    }

    public async Task<Outcome<FundView>> ReviseFundGoalsAsync(Scope scope, int fundId, FundGoalsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fund = await db.FundsIn(scope).FirstOrDefaultAsync(f => f.Id == fundId, cancellationToken);
        if (fund is null)
        {
            return Failure.NotFound("Web.What.Fund");
        }
        if (Check("goals", input.Goals) is { } invalid)
        {
            return invalid;
        }
        fund.ReviseGoals(Clean(input.Goals));
        await db.SaveGoalSetChangeAsync(fund.GoalSetId, results, cancellationToken);
        return (await funds.GetAsync(scope, fundId, cancellationToken))!;
    }

    private static Failure? Check(string field, IReadOnlyList<string>? items) =>
        items is { Count: > MaxItems } ? Failure.Invalid(field, "Web.Field.TooMany", MaxItems)
        : items?.Any(i => i is { Length: > MaxItemLength }) == true ? Failure.Invalid(field, "Web.Field.TooLong", MaxItemLength)
        : null;

    private static System.Collections.Immutable.ImmutableArray<string> Clean(IReadOnlyList<string>? items) =>
        [.. (items ?? []).Where(i => i is not null).Select(i => i.Trim()).Where(i => i.Length > 0)];
}

/// <summary>总体绩效目标, 分项绩效目标 and 工作保障措施, each a list of items in order.</summary>
public sealed record OverallGoalsInput(IReadOnlyList<string>? Goals, IReadOnlyList<string>? SubGoals, IReadOnlyList<string>? Safeguards);

/// <summary>A fund's 绩效目标 in order.</summary>
public sealed record FundGoalsInput(IReadOnlyList<string>? Goals);
