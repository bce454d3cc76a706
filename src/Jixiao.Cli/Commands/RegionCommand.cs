using System.CommandLine;
using Jixiao.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao region add NAME --bureau BUREAU [--department D]…</c>: a region (区划) with its finance bureau, and the
/// departments it reviews (an existing region gets the departments added). Finance reviewers see exactly these.
/// </summary>
internal static class RegionCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = CliText.Get("Cli.Region.Name", console.Culture) };
        var bureau = new Option<string?>("--bureau") { Description = CliText.Get("Cli.Region.Bureau", console.Culture) };
        var departments = new Option<string[]>("--department") { Description = CliText.Get("Cli.Region.Departments", console.Culture), AllowMultipleArgumentsPerToken = false };
        var database = CliDatabase.Option(console);
        var add = new Command("add", CliText.Get("Cli.Region.Add", console.Culture)) { name, bureau, departments, database };
        add.SetAction(async (result, cancellationToken) =>
        {
            using var host = await CliDatabase.OpenAsync(result.GetValue(database)!, _ => { }, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var regionName = result.GetValue(name)!.Trim();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var region = await db.Regions.FirstOrDefaultAsync(r => r.Name == regionName, cancellationToken);
            if (region is null)
            {
                if (string.IsNullOrWhiteSpace(result.GetValue(bureau)))
                {
                    console.Error.WriteLine(CliText.Get("Cli.Region.NeedsBureau", console.Culture));
                    return ExitCodes.BadInput;
                }
                region = new StoredRegion(regionName, result.GetValue(bureau)!);
                db.Regions.Add(region);
                await db.SaveChangesAsync(cancellationToken);
            }
            foreach (var departmentName in result.GetValue(departments) ?? [])
            {
                if (await db.Departments.FirstOrDefaultAsync(d => d.Name == departmentName, cancellationToken) is not { } department)
                {
                    console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.User.NoDepartment", console.Culture), departmentName));
                    return ExitCodes.BadInput;
                }
                department.PlaceIn(region);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Region.Added", console.Culture), region.Name, region.FinanceBureau));
            return ExitCodes.Ok;
        });
        return new Command("region", CliText.Get("Cli.Region", console.Culture)) { add };
    }
}
