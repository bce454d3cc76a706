using System.CommandLine;
using Jixiao.Data.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao region add NAME --bureau BUREAU [--code 区划代码] [--parent P] [--department D]…</c>: a region (区划) with its
/// finance bureau, its code and its 上级区划, and the departments it reviews (an existing region gets the departments added), with the web app's rules
/// (<see cref="RegionCommands"/>). Finance reviewers see exactly these.
/// </summary>
internal static class RegionCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = CliText.Get("Cli.Region.Name", console.Culture) };
        var bureau = new Option<string?>("--bureau") { Description = CliText.Get("Cli.Region.Bureau", console.Culture) };
        var code = new Option<string?>("--code") { Description = CliText.Get("Cli.Region.Code", console.Culture) };
        var parent = new Option<string?>("--parent") { Description = CliText.Get("Cli.Region.Parent", console.Culture) };
        var departments = new Option<string[]>("--department") { Description = CliText.Get("Cli.Region.Departments", console.Culture), AllowMultipleArgumentsPerToken = false };
        var database = CliDatabase.Option(console);
        var add = new Command("add", CliText.Get("Cli.Region.Add", console.Culture)) { name, bureau, code, parent, departments, database };
        add.SetAction(async (result, cancellationToken) =>
        {
            using var host = await CliDatabase.OpenAsync(result.GetValue(database)!, s => s.AddJixiaoAdministration(), cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<RegionCommands>()
                .SaveAsync(new RegionInput(result.GetValue(name), result.GetValue(bureau), result.GetValue(code), result.GetValue(parent)), result.GetValue(departments) ?? [], cancellationToken);
            if (outcome.Failure is { } failure)
            {
                return CliFailures.Refuse(console, failure);
            }
            var region = outcome.Value!;
            console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Region.Added", console.Culture), region.Name, region.FinanceBureau));
            return ExitCodes.Ok;
        });
        return new Command("region", CliText.Get("Cli.Region", console.Culture)) { add };
    }
}
