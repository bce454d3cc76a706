using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The built web app as its own operating-system process, as a node behind a proxy runs it: its own port, its own HOME
/// (so nothing is shared through <c>~/.aspnet</c>), configuration from the command line. What the processes share is
/// only what production nodes share: the database and the configured certificate.
/// </summary>
public sealed class WebNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _home;
    private readonly StringBuilder _log = new();

    private WebNode(Process process, string home, Uri address)
    {
        _process = process;
        _home = home;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote so far (for a failing assertion's message).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> (as <c>--Key=Value</c>) and waits until <c>/healthz</c> answers.</summary>
    public static async Task<WebNode> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort();
        var home = Directory.CreateTempSubdirectory("jixiao-node-").FullName;
        var info = new ProcessStartInfo(AppPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = home,
        };
        info.Environment["HOME"] = home;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start the web app.");
        var node = new WebNode(process, home, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await node.WaitUntilLiveAsync(cancellationToken);
        return node;
    }

    private void Append(string? line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web app stopped ({_process.ExitCode}):\n{Log}");
            }
            try
            {
                using var answer = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy starting.
            }
            await Task.Delay(250, cancellationToken);
        }
        throw new TimeoutException($"The web app did not answer /healthz within 2 minutes:\n{Log}");
    }

    /// <summary>
    /// The web app built beside these tests, in the same configuration: the test project references it, so building the
    /// tests builds it (src/Jixiao.Web/bin/&lt;configuration&gt;/net10.0).
    /// </summary>
    private static string AppPath()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Jixiao.slnx")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException($"No Jixiao.slnx above {AppContext.BaseDirectory}.");
        }
        var app = Path.Combine(root.FullName, "src", "Jixiao.Web", "bin", configuration, "net10.0", "Jixiao.Web");
        return File.Exists(app) ? app : throw new InvalidOperationException($"The web app is not built: {app} (dotnet build -c {configuration}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_home, recursive: true);
    }
}
