using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the test run (docs: toolchain.md): initdb into a temporary folder,
/// start on a free loopback port, stop and delete at the end. Set JIXIAO_TEST_POSTGRES to a connection
/// string to use an existing server instead. Tests never skip when PostgreSQL is missing: they fail and say why.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string? _root;

    private PostgresCluster(string connectionString, string? root)
    {
        ConnectionString = connectionString;
        _root = root;
    }

    /// <summary>Connection string to the server's postgres database (tests create their own databases).</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresCluster> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return new PostgresCluster(given, null);
        }
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException("PostgreSQL 15 is not installed: apt-get install -y postgresql (scripts/test.sh does this).");
        }
        var root = Directory.CreateTempSubdirectory("jixiao-pg-").FullName;
        var port = FreePort();
        await RunAsync("chown", "-R", "postgres:", root);
        await RunAsPostgresAsync($"{Bin}/initdb", "-D", $"{root}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsPostgresAsync($"{Bin}/pg_ctl", "-D", $"{root}/data", "-l", $"{root}/log", "-w",
            "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        return new PostgresCluster($"Host=127.0.0.1;Port={port};Username=postgres;Include Error Detail=true", root);
    }

    /// <summary>A connection string to a new, empty database on this server.</summary>
    public string NewDatabase(string prefix) => $"{ConnectionString};Database={prefix}_{Guid.NewGuid():N}";

    public async ValueTask DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }
        await RunAsPostgresAsync($"{Bin}/pg_ctl", "-D", $"{_root}/data", "-m", "immediate", "-w", "stop");
        Directory.Delete(_root, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsPostgresAsync(string program, params string[] arguments) =>
        Environment.UserName == "postgres" ? RunAsync(program, arguments) : RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
