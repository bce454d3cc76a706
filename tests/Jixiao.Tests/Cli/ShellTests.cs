namespace Jixiao.Tests.Cli;

/// <summary>The CLI is a shell over the library and Jixiao.Data, like the web app, never over the web app itself.</summary>
public sealed class ShellTests
{
    [Fact]
    public void The_cli_does_not_reference_the_web_app()
    {
        var references = typeof(Jixiao.Cli.JixiaoCli).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Jixiao.Data", references);
        Assert.DoesNotContain("Jixiao.Web", references);
        Assert.DoesNotContain(references, r => r!.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
    }
}
