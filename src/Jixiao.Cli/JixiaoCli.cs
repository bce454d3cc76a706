using System.CommandLine;
using Jixiao.Cli.Commands;
using Jixiao.Diagnostics;

namespace Jixiao.Cli;

/// <summary>The <c>jixiao</c> command line: a thin shell over the library's features.</summary>
public static class JixiaoCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var culture = Cultures.FromLanguage(LanguageOf(args));
        var console = new CliConsole(output, error, culture);
        var root = new RootCommand(CliText.Get("Cli.Root", culture))
        {
            ParseCommand.Create(console),
            LintCommand.Create(console),
            EvaluateCommand.Create(console),
            ExportCommand.Create(console),
            UserCommand.Create(console),
            RegionCommand.Create(console),
            DepartmentCommand.Create(console),
            AuditCommand.Create(console),
            RollupCommand.Create(console),
            DbCommand.Create(console),
        };
        root.Options.Add(CommonOptions.Language);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine(parseError.Message);
            }
            error.WriteLine(CliText.Get("Cli.SeeHelp", culture));
            return ExitCodes.BadInput;
        }
        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>The --lang value, read before the commands are built so that help comes in that language.</summary>
    private static string? LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return args[i][7..];
        }
        return null;
    }
}

/// <summary>Exit codes: 0 ok, 1 findings at error level (lint, evaluate), 2 unusable input.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int BadInput = 2;
}
