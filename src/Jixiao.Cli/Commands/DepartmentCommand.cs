using System.CommandLine;
using Jixiao.Data.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao department set NAME [--supervisor P]</c>: makes the department a 下属单位 of its 主管部门 P (without
/// <c>--supervisor</c>, of none), with the web app's rules (<see cref="SupervisionCommands"/>).
/// </summary>
internal static class DepartmentCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = CliText.Get("Cli.Department.Name", console.Culture) };
        var supervisor = new Option<string?>("--supervisor") { Description = CliText.Get("Cli.Department.Supervisor", console.Culture) };
        var database = CliDatabase.Option(console);
        var set = new Command("set", CliText.Get("Cli.Department.Set", console.Culture)) { name, supervisor, database };
        set.SetAction(async (result, cancellationToken) =>
        {
            using var host = await CliDatabase.OpenAsync(result.GetValue(database)!, s => s.AddJixiaoAdministration(), cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var above = result.GetValue(supervisor);
            var outcome = await scope.ServiceProvider.GetRequiredService<SupervisionCommands>()
                .ReportToAsync(result.GetValue(name), above, cancellationToken);
            if (outcome.Failure is { } failure)
            {
                return CliFailures.Refuse(console, failure);
            }
            var shown = string.IsNullOrWhiteSpace(above) ? CliText.Get("Cli.Department.NoSupervisor", console.Culture) : above.Trim();
            console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Department.Saved", console.Culture), outcome.Value!.Name, shown));
            return ExitCodes.Ok;
        });
        return new Command("department", CliText.Get("Cli.Department", console.Culture)) { set };
    }
}
