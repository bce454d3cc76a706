using System.CommandLine;
using Jixiao.Data.Persistence;
using Jixiao.Diagnostics;
using Jixiao.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao audit verify [--database SQLITE-FILE | POSTGRES-CONNECTION] [--anchor SEQUENCE:HASH]</c>: verifies the audit
/// chain of the web app's database (the same <c>--database</c> as <c>jixiao user add</c>, read only, never migrated)
/// and prints its newest anchor to keep outside the database; with an anchor kept from an earlier run it also finds
/// deleted newest records and a rewritten chain. Exit 0 when intact, 1 naming the first broken record, 2 when the
/// database cannot be read or the anchor is not valid.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var database = CliDatabase.Option(console);
        var anchor = new Option<string?>("--anchor") { Description = CliText.Get("Cli.Audit.Anchor", console.Culture) };
        var verify = new Command("verify", CliText.Get("Cli.Audit.Verify", console.Culture)) { database, anchor };
        verify.SetAction((result, cancellationToken) => VerifyAsync(console, result.GetValue(database)!, result.GetValue(anchor), cancellationToken));
        return new Command("audit", CliText.Get("Cli.Audit", console.Culture)) { verify };
    }

    private static async Task<int> VerifyAsync(CliConsole console, string database, string? anchorText, CancellationToken cancellationToken)
    {
        AuditAnchor? anchor = null;
        if (anchorText is not null && !AuditAnchor.TryParse(anchorText, out anchor))
        {
            console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Audit.BadAnchor", console.Culture), anchorText));
            return ExitCodes.BadInput;
        }
        try
        {
            using var host = await CliDatabase.OpenAsync(database, _ => { }, cancellationToken, migrate: false);
            await using var scope = host.Services.CreateAsyncScope();
            var verification = await new Jixiao.Data.Audit.AuditQuery(scope.ServiceProvider.GetRequiredService<JixiaoDb>()).VerifyAsync(anchor, cancellationToken);
            if (verification.Break is { } found)
            {
                console.Error.WriteLine(found.Message.Format(console.Culture));
                return ExitCodes.Findings;
            }
            console.Output.WriteLine(verification.Message.Format(console.Culture));
            if (anchor is { } held)
            {
                console.Output.WriteLine(new LocalizedText("Audit.AnchorHolds", held.Sequence).Format(console.Culture));
            }
            if (verification.Head is { } head)
            {
                console.Output.WriteLine(new LocalizedText("Audit.Head", head.ToString()).Format(console.Culture));
            }
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            console.Error.WriteLine(string.Format(console.Culture, CliText.Get("Cli.Audit.CannotOpen", console.Culture), exception.Message));
            return ExitCodes.BadInput;
        }
    }
}
