using System.Diagnostics;

namespace Jixiao.Formats.Legacy;

/// <summary>
/// LibreOffice run headless to convert a legacy file (<c>soffice --headless --convert-to docx|xlsx</c>), in a temporary
/// folder with its own user profile, one conversion at a time per process, killed after <see cref="Timeout"/>.
/// Found on PATH (soffice, libreoffice), in the usual install folders, or where <c>JIXIAO_SOFFICE</c> points.
/// </summary>
internal static class LibreOffice
{
    /// <summary>The first conversion starts LibreOffice and makes its profile (several seconds); later ones take under one.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private static readonly Lazy<string> Profile = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"jixiao-libreoffice-{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(folder);
        return folder;
    });

    /// <summary>The soffice program, or null when LibreOffice is not installed.</summary>
    public static string? Program()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_SOFFICE") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in (string[])["soffice", "libreoffice"])
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        foreach (var candidate in (string[])["/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"])
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Converts a file's bytes (with the extension LibreOffice should read it by) to <paramref name="format"/>; the problem when it cannot.</summary>
    public static (byte[]? Converted, string? Problem) Convert(byte[] bytes, string extension, string format)
    {
        if (Program() is not { } program)
        {
            return (null, null);
        }
        var work = Directory.CreateTempSubdirectory("jixiao-convert-");
        OneAtATime.Wait();
        try
        {
            var input = Path.Combine(work.FullName, "document" + extension);
            File.WriteAllBytes(input, bytes);
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                         $"-env:UserInstallation=file://{Profile.Value}", "--convert-to", format, "--outdir", work.FullName, input])
            {
                start.ArgumentList.Add(argument);
            }
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (null, $"timeout {Timeout.TotalSeconds:0} s");
            }
            var output = Path.Combine(work.FullName, "document." + format);
            return File.Exists(output) ? (File.ReadAllBytes(output), null) : (null, error.Result.Trim() is { Length: > 0 } message ? message : $"exit {process.ExitCode}");
        }
        finally
        {
            OneAtATime.Release();
            TryDelete(work.FullName);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
