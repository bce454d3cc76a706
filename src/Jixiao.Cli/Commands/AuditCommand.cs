using System.CommandLine;
using Jixiao.Governance;
using Jixiao.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao audit verify [--database SQLITE-FILE | POSTGRES-CONNECTION]</c>: verifies the audit chain of the web app's
/// database (the same <c>--database</c> as <c>jixiao user add</c>). Exit 0 when intact, 1 naming the first broken record,
/// 2 when the database cannot be read.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var database = CliDatabase.Option(console);
        var verify = new Command("verify", CliText.Get("Cli.Audit.Verify", console.Culture)) { database };
        verify.SetAction((result, cancellationToken) => VerifyAsync(console, result.GetValue(database)!, cancellationToken));
        return new Command("audit", CliText.Get("Cli.Audit", console.Culture)) { verify };
    }

    private static async Task<int> VerifyAsync(CliConsole console, string database, CancellationToken cancellationToken)
    {
        try
        {
            using var host = await CliDatabase.OpenAsync(database, _ => { }, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            var verifier = new AuditChainVerifier();
            await foreach (var row in db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (verifier.Check(row.ToRecord()) is { } broken)
                {
                    console.Error.WriteLine(broken.Message.Format(console.Culture));
                    return ExitCodes.Findings;
                }
            }
            console.Output.WriteLine(new ChainVerification(verifier.Count, null).Message.Format(console.Culture));
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Audit.CannotOpen", console.Culture), exception.Message));
            return ExitCodes.BadInput;
        }
    }
}
