using Jixiao.Goals;
using Jixiao.Goals.Codes;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 专项资金 / 项目 as stored, with its indicator table. Indicators are added, removed and reordered only
/// through this fund so that their positions stay a gapless 0..n-1 sequence.
/// </summary>
public sealed class StoredFund
{
    private readonly List<StoredIndicator> _indicators = [];

    private StoredFund(int position, string name)
    {
        Position = position;
        Name = name;
    }

    public int Id { get; private set; }

    public int GoalSetId { get; private set; }

    /// <summary>Order of the fund in the disclosure, from 0.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; }

    /// <summary>项目代码 of 预算管理一体化, when known; unique within the goal set.</summary>
    public string? Code { get; private set; }

    /// <summary>项目类别 (新增 / 延续), when stated.</summary>
    public ProjectCategory? Category { get; private set; }

    /// <summary>项目期: first and last budget year, when stated.</summary>
    public int? PeriodStart { get; private set; }

    public int? PeriodEnd { get; private set; }

    /// <summary>中期目标 over the 项目期, as written.</summary>
    public string? MediumTermGoal { get; private set; }

    /// <summary>绩效目标 of the fund.</summary>
    public string[] Goals { get; private set; } = [];

    /// <summary>Whether the document stated 项目资金 at all (the canonical model tells "none" from "all blank").</summary>
    public bool HasMoney { get; private set; }

    /// <summary>年度资金总额 in 元.</summary>
    public decimal? MoneyTotal { get; private set; }

    /// <summary>财政拨款 in 元.</summary>
    public decimal? MoneyFiscal { get; private set; }

    /// <summary>其他资金 in 元.</summary>
    public decimal? MoneyOther { get; private set; }

    /// <summary>年度资金总额 in 分, when exact to the 分: what SQL sums over a region (the 元 above stay as written).</summary>
    public long? MoneyTotalFen { get; private set; }

    /// <summary>财政拨款 in 分, when exact to the 分.</summary>
    public long? MoneyFiscalFen { get; private set; }

    /// <summary>其他资金 in 分, when exact to the 分.</summary>
    public long? MoneyOtherFen { get; private set; }

    public IReadOnlyList<StoredIndicator> Indicators => _indicators;

    public static StoredFund From(int position, Fund fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        var stored = new StoredFund(position, fund.Name) { Goals = [.. fund.Goals] };
        stored.SetMoney(fund.Money);
        stored.ReviseProject(fund);
        for (var i = 0; i < fund.Indicators.Length; i++)
        {
            stored._indicators.Add(StoredIndicator.From(i, fund.Indicators[i]));
        }
        return stored;
    }

    public Fund ToFund() =>
        new(Name, [.. Goals], [.. _indicators.OrderBy(i => i.Position).Select(i => i.ToIndicator())],
            HasMoney ? new FundMoney(MoneyTotal, MoneyFiscal, MoneyOther) : null)
        {
            Code = Code is null ? null : global::Jixiao.Goals.Codes.Code.Parse(Code),
            Category = Category,
            Period = PeriodStart is { } start && PeriodEnd is { } end ? new ProjectPeriod(new FiscalYear(start), new FiscalYear(end)) : null,
            MediumTermGoal = MediumTermGoal,
        };

    /// <summary>Replaces the project's 一体化 data (项目代码, 项目类别, 项目期, 中期目标) with the document's.</summary>
    public void ReviseProject(Fund fund)
    {
        ArgumentNullException.ThrowIfNull(fund);
        Code = fund.Code?.Value;
        Category = fund.Category;
        PeriodStart = fund.Period?.Start.Value;
        PeriodEnd = fund.Period?.End.Value;
        MediumTermGoal = fund.MediumTermGoal;
    }

    /// <summary>Renames the fund (a re-imported document that names the same 项目代码 differently).</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>Replaces the fund's goal statements.</summary>
    public void ReviseGoals(IEnumerable<string> goals) =>
        Goals = [.. goals.Select(g => g.Trim()).Where(g => g.Length > 0)];

    /// <summary>Replaces 项目资金 (an edited workbook may change it); null means the form states none.</summary>
    public void ReviseMoney(FundMoney? money) => SetMoney(money);

    /// <summary>Adds an indicator at the end of the table.</summary>
    public StoredIndicator AddIndicator(Indicator indicator)
    {
        var stored = StoredIndicator.From(_indicators.Count == 0 ? 0 : _indicators.Max(i => i.Position) + 1, indicator);
        _indicators.Add(stored);
        return stored;
    }

    /// <summary>Removes an indicator and closes the gap it leaves in the order.</summary>
    public void RemoveIndicator(StoredIndicator indicator)
    {
        _indicators.Remove(indicator);
        Renumber(_indicators.OrderBy(i => i.Position).ToList());
    }

    /// <summary>
    /// Puts the indicators in the given order. The ids must be exactly this fund's indicators, each once:
    /// a partial order would leave positions ambiguous.
    /// </summary>
    public bool TryReorder(IReadOnlyList<int> indicatorIds)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        var byId = _indicators.ToDictionary(i => i.Id);
        if (indicatorIds.Count != byId.Count || indicatorIds.Distinct().Count() != byId.Count || !indicatorIds.All(byId.ContainsKey))
        {
            return false;
        }
        Renumber(indicatorIds.Select(id => byId[id]).ToList());
        return true;
    }

    /// <summary>Puts exactly this fund's indicators (new ones included) in the given order.</summary>
    public void Arrange(IReadOnlyList<StoredIndicator> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        if (ordered.Count != _indicators.Count || ordered.Any(i => !_indicators.Contains(i)))
        {
            throw new ArgumentException("The order must list every indicator of the fund once.", nameof(ordered));
        }
        Renumber([.. ordered]);
    }

    internal void MoveTo(int position) => Position = position;

    private static void Renumber(List<StoredIndicator> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].MoveTo(i);
        }
    }

    private void SetMoney(FundMoney? money)
    {
        HasMoney = money is not null;
        MoneyTotal = money?.Total;
        MoneyFiscal = money?.Fiscal;
        MoneyOther = money?.Other;
        MoneyTotalFen = MeasuredValue.FenOf(MoneyTotal);
        MoneyFiscalFen = MeasuredValue.FenOf(MoneyFiscal);
        MoneyOtherFen = MeasuredValue.FenOf(MoneyOther);
    }
}
