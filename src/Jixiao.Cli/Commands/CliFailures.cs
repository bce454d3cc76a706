using Jixiao.Data.Administration;
using Jixiao.Data.Common;

namespace Jixiao.Cli.Commands;

/// <summary>A refusal of the administration commands on standard error, exit code 2.</summary>
internal static class CliFailures
{
    /// <summary>Where the command line has its own wording: it names the option to use (--department, --region, --bureau).</summary>
    private static readonly Dictionary<string, string> CliKeys = new(StringComparer.Ordinal)
    {
        [RoleScopes.NoDepartment] = "Cli.User.NoDepartment",
        [RoleScopes.NoRegion] = "Cli.User.NoRegion",
        [RegionCommands.BureauRequired] = "Cli.Region.NeedsBureau",
    };

    public static int Refuse(CliConsole console, Failure failure, string? about = null)
    {
        var message = CliKeys.TryGetValue(failure.Message.Key, out var key)
            ? string.Format(console.Culture, CliText.Get(key, console.Culture), failure.Message.Arguments)
            : failure.Message.Format(console.Culture);
        console.Error.WriteLine(about is null ? message : $"{about}: {message}");
        return ExitCodes.BadInput;
    }
}
