using System.CommandLine;
using System.Security.Cryptography;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao user add NAME --role admin|reviewer|editor|viewer [--department D | --region R] [--password-stdin]</c>:
/// creates a user in the web app's database. Without --password-stdin a random password is generated and shown
/// once. This is how the first administrator comes into being: there are no default passwords.
/// </summary>
internal static class UserCommand
{
    private static readonly Dictionary<string, UserRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = UserRole.Administrator,
        ["reviewer"] = UserRole.FinanceReviewer,
        ["editor"] = UserRole.DepartmentEditor,
        ["viewer"] = UserRole.DepartmentViewer,
    };

    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = CliText.Get("Cli.User.Name", console.Culture) };
        var role = new Option<string>("--role") { Description = "admin | reviewer | editor | viewer", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.Keys]);
        var department = new Option<string?>("--department") { Description = CliText.Get("Cli.User.Department", console.Culture) };
        var region = new Option<string?>("--region") { Description = CliText.Get("Cli.User.Region", console.Culture) };
        var displayName = new Option<string?>("--display-name") { Description = CliText.Get("Cli.User.DisplayName", console.Culture) };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = CliText.Get("Cli.User.PasswordStdin", console.Culture) };
        var database = CliDatabase.Option(console);
        var add = new Command("add", CliText.Get("Cli.User.Add", console.Culture)) { name, role, department, region, displayName, passwordStdin, database };
        add.SetAction(async (result, cancellationToken) =>
        {
            var request = new NewUser(result.GetValue(name)!, Roles[result.GetValue(role)!], result.GetValue(department), result.GetValue(region),
                result.GetValue(displayName), result.GetValue(passwordStdin) ? Console.In.ReadLine() : null);
            using var host = await CliDatabase.OpenAsync(result.GetValue(database)!, s => s.AddJixiaoUsers(), cancellationToken);
            return await AddAsync(console, host.Services, request, cancellationToken);
        });
        return new Command("user", CliText.Get("Cli.User", console.Culture)) { add };
    }

    private sealed record NewUser(string Name, UserRole Role, string? Department, string? Region, string? DisplayName, string? Password);

    private static async Task<int> AddAsync(CliConsole console, IServiceProvider services, NewUser request, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        int? departmentId = null, regionId = null;
        if (request.Role is UserRole.DepartmentEditor or UserRole.DepartmentViewer)
        {
            departmentId = await db.Departments.Where(d => d.Name == request.Department).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
            if (departmentId is null)
            {
                return Refuse(console, "Cli.User.NoDepartment", request.Department);
            }
        }
        if (request.Role is UserRole.FinanceReviewer)
        {
            regionId = await db.Regions.Where(r => r.Name == request.Region).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (regionId is null)
            {
                return Refuse(console, "Cli.User.NoRegion", request.Region);
            }
        }
        var generated = request.Password is null;
        var password = request.Password ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', '-').Replace('+', '_');
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>();
        var created = await users.CreateAsync(new JixiaoUser(request.Name, request.DisplayName ?? request.Name, request.Role, departmentId, regionId), password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                // Identity's own texts are English; the common ones have ours.
                var key = "Cli.User.Error." + error.Code;
                var text = CliText.Get(key, console.Culture);
                console.Error.WriteLine($"{request.Name}: {(text == key ? error.Description : text)}");
            }
            return ExitCodes.BadInput;
        }
        console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.User.Added", console.Culture), request.Name));
        if (generated)
        {
            console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.User.Password", console.Culture), password));
        }
        return ExitCodes.Ok;
    }

    private static int Refuse(CliConsole console, string key, string? what)
    {
        console.Error.WriteLine(string.Format(console.Culture, CliText.Get(key, console.Culture), what ?? ""));
        return ExitCodes.BadInput;
    }
}
