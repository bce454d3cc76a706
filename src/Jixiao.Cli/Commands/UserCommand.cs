using System.CommandLine;
using Jixiao.Data.Accounts;
using Jixiao.Data.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao user add NAME --role admin|reviewer|editor|viewer|auditor [--department D | --region R] [--duty edit|review]…
/// [--password-stdin]</c>: creates a user in the web app's database with the web app's rules (<see cref="UserCommands"/>).
/// Without --password-stdin a random password is generated and shown once. This is how the first administrator comes
/// into being: there are no default passwords. An administrator fills in or reviews department data only when given
/// the duty (<see cref="AdministratorDuties"/>).
/// </summary>
internal static class UserCommand
{
    private static readonly Dictionary<string, UserRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = UserRole.Administrator,
        ["reviewer"] = UserRole.FinanceReviewer,
        ["editor"] = UserRole.DepartmentEditor,
        ["viewer"] = UserRole.DepartmentViewer,
        ["auditor"] = UserRole.Auditor,
    };

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = CliText.Get("Cli.User.Name", console.Culture) };
        var role = new Option<string>("--role") { Description = "admin | reviewer | editor | viewer | auditor", Required = true };
        var duty = new Option<string[]>("--duty") { Description = "edit | review (administrators only)", AllowMultipleArgumentsPerToken = false };
        duty.AcceptOnlyFromAmong([.. AdministratorDuties.All]);
        role.AcceptOnlyFromAmong([.. Roles.Keys]);
        var department = new Option<string?>("--department") { Description = CliText.Get("Cli.User.Department", console.Culture) };
        var region = new Option<string?>("--region") { Description = CliText.Get("Cli.User.Region", console.Culture) };
        var displayName = new Option<string?>("--display-name") { Description = CliText.Get("Cli.User.DisplayName", console.Culture) };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = CliText.Get("Cli.User.PasswordStdin", console.Culture) };
        var database = CliDatabase.Option(console);
        var add = new Command("add", CliText.Get("Cli.User.Add", console.Culture)) { name, role, department, region, duty, displayName, passwordStdin, database };
        add.SetAction(async (result, cancellationToken) =>
        {
            var request = new NewUserInput(result.GetValue(name), result.GetValue(displayName),
                new RoleInput(Roles[result.GetValue(role)!], result.GetValue(department), result.GetValue(region)));
            var password = result.GetValue(passwordStdin) ? Console.In.ReadLine() ?? "" : null;
            using var host = await CliDatabase.OpenAsync(result.GetValue(database)!, s => s.AddJixiaoUsers().Services.AddJixiaoAdministration(), cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<UserCommands>().CreateAsync(request, password, cancellationToken);
            if (outcome.Failure is { } failure)
            {
                return CliFailures.Refuse(console, failure, request.UserName);
            }
            var created = outcome.Value!;
            if (result.GetValue(duty) is { Length: > 0 } duties)
            {
                var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<JixiaoUser>>();
                var given = await AdministratorDuties.GiveAsync(users, (await users.FindByNameAsync(created.UserName))!, duties);
                if (!given.Succeeded)
                {
                    console.Error.WriteLine(string.Join("; ", given.Errors.Select(e => e.Description)));
                    return ExitCodes.BadInput;
                }
            }
            console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.User.Added", console.Culture), created.UserName));
            if (created.GeneratedPassword is { } generated)
            {
                console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.User.Password", console.Culture), generated));
            }
            return ExitCodes.Ok;
        });
        return new Command("user", CliText.Get("Cli.User", console.Culture)) { add };
    }
}
