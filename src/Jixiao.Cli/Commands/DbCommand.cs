using System.CommandLine;
using Jixiao.Data.Persistence;
using Jixiao.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao db migrate</c> brings the web app's database (<c>--database</c>, as for <c>jixiao user add</c>) up to this
/// build's schema and names each migration it applies; <c>jixiao db status</c> only lists the pending ones (exit 1 when
/// there are any). For operators who start the web nodes with <c>Database:ApplyMigrations=false</c>: one migration step
/// before a rollout, and no node changes the schema under the others.
/// </summary>
internal static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var database = CliDatabase.Option(console);
        var migrate = new Command("migrate", CliText.Get("Cli.Db.Migrate", console.Culture)) { database };
        migrate.SetAction((result, cancellationToken) => RunAsync(console, result.GetValue(database)!, apply: true, cancellationToken));
        var statusDatabase = CliDatabase.Option(console);
        var status = new Command("status", CliText.Get("Cli.Db.Status", console.Culture)) { statusDatabase };
        status.SetAction((result, cancellationToken) => RunAsync(console, result.GetValue(statusDatabase)!, apply: false, cancellationToken));
        return new Command("db", CliText.Get("Cli.Db", console.Culture)) { migrate, status };
    }

    private static async Task<int> RunAsync(CliConsole console, string database, bool apply, CancellationToken cancellationToken)
    {
        try
        {
            // Opened as it is: migrating is this verb's work, done below where each migration can be named.
            using var host = await CliDatabase.OpenAsync(database, _ => { }, cancellationToken, migrate: false, create: apply);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            foreach (var migration in pending)
            {
                console.Output.WriteLine(string.Format(console.Culture, CliText.Get(apply ? "Cli.Db.Applying" : "Cli.Db.Pending", console.Culture), migration));
            }
            if (apply)
            {
                await DatabaseRegistration.MigrateAsync(db, cancellationToken);
            }
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
            if (apply || pending.Count == 0)
            {
                console.Output.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Db.UpToDate", console.Culture), applied));
            }
            return apply || pending.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Db.CannotOpen", console.Culture), exception.Message));
            return ExitCodes.BadInput;
        }
    }
}
