using Jixiao.Cli;

namespace Jixiao.Tests.Cli;

/// <summary>Runs the jixiao CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string TempFile(string name, byte[] content)
    {
        var directory = Directory.CreateTempSubdirectory("jixiao-cli-");
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
