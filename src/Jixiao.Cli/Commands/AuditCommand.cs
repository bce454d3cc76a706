using System.CommandLine;
using Jixiao.Governance;
using Jixiao.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Jixiao.Cli.Commands;

/// <summary>
/// <c>jixiao audit verify [--Database:Provider=Sqlite|Postgres] [--ConnectionStrings:Jixiao=…] [--Database:DataFolder=…]</c>:
/// opens the web app's database with the web app's settings (the same keys, also as environment variables such as
/// <c>Database__Provider</c>) and verifies the audit chain. Exit 0 when intact, 1 naming the first broken record,
/// 2 when the database cannot be read.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliConsole console)
    {
        var verify = new Command("verify", CliText.Get("Cli.Audit.Verify", console.Culture));
        // The database settings are the web app's configuration keys, passed through as they are.
        verify.TreatUnmatchedTokensAsErrors = false;
        verify.SetAction((result, cancellationToken) => VerifyAsync(console, [.. result.UnmatchedTokens], cancellationToken));
        return new Command("audit", CliText.Get("Cli.Audit", console.Culture)) { verify };
    }

    private static async Task<int> VerifyAsync(CliConsole console, string[] settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build();
        var services = new ServiceCollection();
        try
        {
            services.AddJixiaoDatabase(configuration, new CliHostEnvironment());
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
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

    /// <summary>The CLI's stand-in for the web host: relative data folders are relative to the current directory.</summary>
    private sealed class CliHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "jixiao";

        public string ContentRootPath { get; set; } = Directory.GetCurrentDirectory();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
