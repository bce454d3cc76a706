using System.CommandLine;

namespace Jixiao.Cli;

/// <summary>Options every verb shares.</summary>
internal static class CommonOptions
{
    public static Option<string> Language { get; } = new("--lang")
    {
        Description = "zh | en",
        Recursive = true,
        DefaultValueFactory = _ => "zh",
    };
}
