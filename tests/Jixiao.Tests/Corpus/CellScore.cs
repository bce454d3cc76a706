using System.Text.Json;
using Jixiao.Formats.Json;
using Jixiao.Goals;

namespace Jixiao.Tests.Corpus;

/// <summary>
/// Cells read right: a document's goals against the canonical JSON written by hand for it, one count per cell (year,
/// department, each goal, each amount, and per indicator 一级, 二级, 三级, 描述, 指标值 with its reading, 依据, 分值,
/// 指标性质). A fund or indicator that was not read counts all its cells wrong; one read that is not expected counts too.
/// </summary>
internal sealed record CellScore(int Right, int Total, IReadOnlyList<string> Wrong)
{
    public static CellScore Of(GoalSet expected, GoalSet? actual)
    {
        var wrong = new List<string>();
        var total = 0;
        void Cell(string what, object? want, object? got)
        {
            total++;
            if (!Equals(want, got))
            {
                wrong.Add($"{what}: expected {want ?? "—"}, read {got ?? "—"}");
            }
        }
        Cell("year", expected.Year.Value, actual?.Year.Value);
        Cell("department", expected.Department.Name, actual?.Department.Name);
        Items("goals", expected.Overall.Goals, actual?.Overall.Goals ?? [], Cell);
        Items("subGoals", expected.Overall.SubGoals, actual?.Overall.SubGoals ?? [], Cell);
        Items("safeguards", expected.Overall.Safeguards, actual?.Overall.Safeguards ?? [], Cell);
        foreach (var fund in expected.Funds)
        {
            var read = actual?.Funds.FirstOrDefault(f => f.Name == fund.Name);
            Cell("fund", fund.Name, read?.Name);
            if (fund.Money is { } money)
            {
                Cell($"{fund.Name}.total", money.Total, read?.Money?.Total);
                if (money.Fiscal is not null) Cell($"{fund.Name}.fiscal", money.Fiscal, read?.Money?.Fiscal);
                if (money.Other is not null) Cell($"{fund.Name}.other", money.Other, read?.Money?.Other);
            }
            Items($"{fund.Name}.goals", fund.Goals, read?.Goals ?? [], Cell);
            var indicators = read?.Indicators ?? [];
            for (var i = 0; i < fund.Indicators.Length; i++)
            {
                var (want, got) = (fund.Indicators[i], i < indicators.Length ? indicators[i] : null);
                var at = $"{fund.Name}#{i + 1}";
                Cell($"{at}.一级", want.Level1, got?.Level1);
                Cell($"{at}.二级", want.Level2, got?.Level2);
                Cell($"{at}.三级", want.Name, got?.Name);
                Cell($"{at}.描述", want.Description, got?.Description);
                Cell($"{at}.指标值", Target(want), got is null ? null : Target(got));
                Cell($"{at}.依据", want.Basis, got?.Basis);
                Cell($"{at}.分值", want.Weight?.Points, got?.Weight?.Points);
                Cell($"{at}.性质", want.Direction, got?.Direction);
            }
            for (var extra = fund.Indicators.Length; extra < indicators.Length; extra++)
            {
                Cell($"{fund.Name}#{extra + 1} (not expected)", null, indicators[extra].Name);
            }
        }
        foreach (var extra in actual?.Funds.Where(f => expected.Funds.All(e => e.Name != f.Name)) ?? [])
        {
            Cell("fund (not expected)", null, extra.Name);
        }
        return new CellScore(total - wrong.Count, total, wrong);
    }

    /// <summary>A target as the canonical JSON writes it: its text, kind, comparator, value, unit and ladder.</summary>
    private static string Target(Indicator indicator) =>
        JsonSerializer.Serialize(JsonDocument.Parse(CanonicalJson.Serialize(new GoalSet(new FiscalYear(2000), new Department("x"), DepartmentGoals.Empty,
            [new Fund("x", [], [indicator])]))).RootElement.GetProperty("funds")[0].GetProperty("indicators")[0].GetProperty("target"));

    private static void Items(string what, IReadOnlyList<string> want, IReadOnlyList<string> got, Action<string, object?, object?> cell)
    {
        for (var i = 0; i < want.Count; i++)
        {
            cell($"{what}[{i + 1}]", want[i], i < got.Count ? got[i] : null);
        }
    }
}
