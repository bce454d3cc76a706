using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Jixiao.Data.Accounts;
using Jixiao.Data.Checks;
using Jixiao.Data.Persistence;
using Jixiao.Data.Rollup;
using Jixiao.Goals.Codes;
using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao rollup --database … --year N [--region CODE] [--json] [--refresh | --recompute]</c>: the figures of a region
/// page (<see cref="RollupQuery"/>, the same numbers as the page and the API) for analysts; without <c>--region</c> every
/// top region. <c>--refresh</c> first writes the results that are missing or stale, <c>--recompute</c> every result (after
/// a scoring-policy change), reporting how many and the time taken. Exit 2 for an unknown region or an unreadable database.
/// </summary>
internal static class RollupCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliConsole console)
    {
        var database = CliDatabase.Option(console);
        var year = new Option<int>("--year") { Description = CliText.Get("Cli.Rollup.Year", console.Culture), Required = true };
        var region = new Option<string?>("--region") { Description = CliText.Get("Cli.Rollup.Region", console.Culture) };
        var json = new Option<bool>("--json") { Description = CliText.Get("Cli.Rollup.Json", console.Culture) };
        var refresh = new Option<bool>("--refresh") { Description = CliText.Get("Cli.Rollup.Refresh", console.Culture) };
        var recompute = new Option<bool>("--recompute") { Description = CliText.Get("Cli.Rollup.Recompute", console.Culture) };
        var command = new Command("rollup", CliText.Get("Cli.Rollup", console.Culture)) { database, year, region, json, refresh, recompute };
        command.SetAction((result, cancellationToken) => RunAsync(console, result.GetValue(database)!, result.GetValue(year), result.GetValue(region),
            result.GetValue(json), result.GetValue(refresh) || result.GetValue(recompute), result.GetValue(recompute), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string database, int year, string? regionCode, bool json, bool refresh, bool all, CancellationToken cancellationToken)
    {
        RegionCode? code = null;
        if (regionCode is not null)
        {
            if (!RegionCode.TryParse(regionCode, out var parsed, out _))
            {
                console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Rollup.BadRegion", console.Culture), regionCode));
                return ExitCodes.BadInput;
            }
            code = parsed;
        }
        try
        {
            using var host = await CliDatabase.OpenAsync(database, Services, cancellationToken, migrate: refresh);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            if (refresh)
            {
                var started = DateTimeOffset.UtcNow;
                var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var written = await scope.ServiceProvider.GetRequiredService<YearResults>().RefreshAsync(db, all, cancellationToken);
                var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
                console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Rollup.Refreshed", console.Culture), written,
                    (DateTimeOffset.UtcNow - started).TotalSeconds, used.TotalSeconds));
            }
            var ids = code is { } c
                ? await db.Regions.Where(r => r.Code == c.Value).Select(r => r.Id).ToListAsync(cancellationToken)
                : await db.Regions.Where(r => r.ParentId == null).OrderBy(r => r.Code).Select(r => r.Id).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Rollup.NoRegion", console.Culture), regionCode ?? "—"));
                return ExitCodes.BadInput;
            }
            var query = scope.ServiceProvider.GetRequiredService<RollupQuery>();
            var access = new UserAccess("jixiao rollup", UserRole.Administrator, null, null);
            var rollups = new List<RegionRollup>();
            foreach (var id in ids)
            {
                rollups.Add((await query.RollupAsync(access, id, year, cancellationToken))!);
            }
            console.Output.WriteLine(json ? JsonSerializer.Serialize(rollups, Json) : string.Join(Environment.NewLine, rollups.Select(r => Text(r, console.Culture))));
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Rollup.CannotOpen", console.Culture), exception.Message));
            return ExitCodes.BadInput;
        }
    }

    private static void Services(IServiceCollection services)
    {
        services.AddSingleton(Jixiao.Checks.Linter.Default);
        services.AddSingleton<IFindingsSource, LintFindings>();
        services.AddSingleton<YearResults>();
        services.AddScoped<RollupQuery>();
        services.AddSingleton(TimeProvider.System);
    }

    private static string Text(RegionRollup r, CultureInfo culture)
    {
        var lines = new List<string>
        {
            $"{r.Region.Name} {r.Region.Code} {r.Year}",
            Line(CliText.Get("Cli.Rollup.Line", culture), r.Year, r.Totals, culture),
            Line(CliText.Get("Cli.Rollup.Line", culture), r.Year - 1, r.PreviousYear, culture),
        };
        lines.AddRange(r.SubRegions.Select(s => "  " + s.Region.Name + " " + Line(CliText.Get("Cli.Rollup.Line", culture), r.Year, s.Totals, culture)));
        lines.AddRange(r.Stages.Select(s => $"  {s.Stage}: 未开始 {s.NotStarted}, " + string.Join(", ", s.Statuses.Select(x => $"{x.Status.ChineseName()} {x.Departments}"))));
        lines.Add(string.Format(culture, CliText.Get("Cli.Rollup.Overdue", culture), r.PublicationOverdue));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Line(string format, int year, RegionTotals t, CultureInfo culture) =>
        string.Format(culture, format, year, t.Departments, t.Funds, t.Indicators, t.MoneyTotalFen / 100m, t.MoneyFiscalFen / 100m, t.Errors, t.Warnings,
            t.AverageScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—", t.ExecutionRate?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—");
}
