using Jixiao.Web.Features.Departments;
using Jixiao.Web.Features.Indicators;
using Jixiao.Web.Common;
using Jixiao.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Funds;

/// <summary>A fund with its goal statements and its indicator table in order.</summary>
public sealed class FundQuery(JixiaoDb db)
{
    public async Task<FundView?> GetAsync(Scope scope, int fundId, CancellationToken cancellationToken)
    {
        var row = await (from g in db.GoalSetsIn(scope)
                         join d in db.Departments on g.DepartmentId equals d.Id
                         from f in g.Funds
                         where f.Id == fundId
                         select new
                         {
                             DepartmentName = d.Name,
                             d.IsDemo,
                             f.Id,
                             f.Name,
                             f.Goals,
                             Money = f.HasMoney ? new MoneyView(f.MoneyTotal, f.MoneyFiscal, f.MoneyOther) : null,
                             Indicators = f.Indicators.OrderBy(i => i.Position).ToList(),
                         }).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new FundView(scope, row.DepartmentName, row.IsDemo, row.Id, row.Name, row.Goals, row.Money,
                [.. row.Indicators.Select(IndicatorView.From)]);
    }
}

public sealed record FundView(
    Scope Scope, string DepartmentName, bool IsDemo, int Id, string Name, IReadOnlyList<string> Goals, MoneyView? Money,
    IReadOnlyList<IndicatorView> Indicators);
