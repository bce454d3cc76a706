using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// No secret and no default password in the repository: every tracked text file is searched for private keys,
/// connection strings with a password, password settings with a value, and passwords given to user creation.
/// The placeholder "..." is fine; demo accounts have no password at all.
/// </summary>
public sealed partial class RepositorySecretsTests
{
    [Fact]
    public async Task No_tracked_file_holds_a_secret_or_a_default_password()
    {
        var root = Root();
        var found = new List<string>();
        foreach (var file in await TrackedFilesAsync(root))
        {
            var path = Path.Combine(root, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 2_000_000)
            {
                continue;
            }
            var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue;
            }
            found.AddRange(Secret().Matches(text).Select(m => $"{file}: {m.Value}"));
        }

        Assert.True(found.Count == 0, "Secrets in the repository:\n" + string.Join('\n', found));
    }

    // A private key; a connection string's password with a value other than the "..." placeholder or a variable; a password
    // setting with a value in JSON; a user created with a literal password.
    [GeneratedRegex("""-----BEGIN [A-Z ]*PRIVATE KEY-----|(?i:password)=(?!\.\.\.|\$)[^;"'\s]+|"(?i:password)"\s*:\s*"[^"]+"|CreateAsync\([^,()]+,\s*"[^"]+"\)""")]
    private static partial Regex Secret();

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Jixiao.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Not inside the repository.");
    }

    private static async Task<string[]> TrackedFilesAsync(string root)
    {
        var info = new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = root, RedirectStandardOutput = true };
        using var git = Process.Start(info) ?? throw new InvalidOperationException("git is not available.");
        var output = await git.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await git.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }
}
