using Jixiao.Data.Checks;
using Jixiao.Data.Common;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Rollup;

/// <summary>
/// Writes a department-year's <see cref="StoredYearResult"/> from its inputs: the one place that turns a goal set and
/// its self-evaluation into the figures a region page sums. Every command that changes those inputs calls
/// <see cref="RecordAsync"/> after its save and before its commit, so the results change in the same transaction;
/// <see cref="RefreshAsync"/> brings back to date what was written around the commands (a migration, a loader) or,
/// with <c>all</c>, recomputes everything after a scoring-policy change.
/// </summary>
public sealed class YearResults(IFindingsSource findings)
{
    /// <summary>Computes and saves the results of the goal set's year (nothing when it no longer exists).</summary>
    public async Task RecordAsync(JixiaoDb db, int goalSetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = await db.GoalSets.Where(g => g.Id == goalSetId)
            .Select(g => new Stamp(g.PerformanceYearId, g.PerformanceYear.DepartmentId, g.PerformanceYear.Year, g.Revision))
            .FirstOrDefaultAsync(cancellationToken);
        if (stamp is not null)
        {
            await WriteAsync(db, [stamp], cancellationToken);
        }
    }

    /// <summary>
    /// Recomputes the results that are missing or computed at an older revision of their goal set (every result with
    /// <paramref name="all"/>), a batch per transaction; answers how many it wrote.
    /// </summary>
    public async Task<int> RefreshAsync(JixiaoDb db, bool all, CancellationToken cancellationToken, int batch = 200)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stale = db.GoalSets.Where(g => all || !db.YearResults.Any(r => r.PerformanceYearId == g.PerformanceYearId && r.GoalSetRevision == g.Revision));
        var written = 0;
        var after = 0;
        while (true)
        {
            var stamps = await stale.Where(g => g.Id > after).OrderBy(g => g.Id).Take(batch)
                .Select(g => new Stamp(g.PerformanceYearId, g.PerformanceYear.DepartmentId, g.PerformanceYear.Year, g.Revision, g.Id))
                .ToListAsync(cancellationToken);
            if (stamps.Count == 0)
            {
                return written;
            }
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await WriteAsync(db, stamps, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            db.ChangeTracker.Clear();
            written += stamps.Count;
            after = stamps[^1].GoalSetId;
        }
    }

    /// <summary>The figures of one department-year as its stored inputs give them now (the brute-force path tests compare with).</summary>
    public async Task<YearFigures?> ComputeAsync(JixiaoDb db, Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var evaluated = await new EvaluationQuery(db).EvaluateAsync(scope, cancellationToken);
        if (evaluated is null)
        {
            return null;
        }
        var department = await new GoalSetLoader(db).DepartmentAsync(scope.DepartmentId, cancellationToken);
        var scored = evaluated.Evaluation.Goals;
        var goals = new Goals.GoalSet(scored.Year, department, scored.Overall, scored.Funds);
        var tallies = findings.Find(goals).GroupBy(f => (f.Rule, f.Severity))
            .Select(g => new FindingTally(g.Key.Rule, g.Key.Severity, g.Count())).ToList();
        var funds = evaluated.Funds;
        var entered = funds.Any(f => f.Budget is not null || f.Measurements.Any(m => m is not null));
        var annual = funds.Select(f => f.Budget?.AnnualFen).Where(a => a is not null).ToList();
        var executed = funds.Select(f => f.Budget?.ExecutedFen).Where(e => e is not null).ToList();
        var total = evaluated.Evaluation.Total;
        return new YearFigures(funds.Count, funds.Sum(f => f.Fund.Indicators.Count),
            funds.Sum(f => f.Fund.MoneyTotalFen ?? 0), funds.Sum(f => f.Fund.MoneyFiscalFen ?? 0), tallies)
        {
            Evaluated = entered,
            SelfEvaluationHundredths = entered && total is { } t ? (int)Math.Round(t * 100, MidpointRounding.AwayFromZero) : null,
            SelfEvaluationGrade = entered ? evaluated.Evaluation.Grade : null,
            BudgetAnnualFen = annual.Count == 0 ? null : annual.Sum(),
            BudgetExecutedFen = executed.Count == 0 ? null : executed.Sum(),
        };
    }

    private async Task WriteAsync(JixiaoDb db, IReadOnlyList<Stamp> stamps, CancellationToken cancellationToken)
    {
        var ids = stamps.Select(s => s.PerformanceYearId).ToList();
        var rows = await db.YearResults.Include(r => r.Findings).Where(r => ids.Contains(r.PerformanceYearId))
            .ToDictionaryAsync(r => r.PerformanceYearId, cancellationToken);
        foreach (var stamp in stamps)
        {
            if (await ComputeAsync(db, new Scope(stamp.DepartmentId, stamp.Year), cancellationToken) is not { } figures)
            {
                continue;
            }
            if (!rows.TryGetValue(stamp.PerformanceYearId, out var row))
            {
                row = StoredYearResult.For(stamp.PerformanceYearId);
                db.YearResults.Add(row);
            }
            row.Record(stamp.Revision, figures);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Stamp(int PerformanceYearId, int DepartmentId, int Year, int Revision, int GoalSetId = 0);
}
