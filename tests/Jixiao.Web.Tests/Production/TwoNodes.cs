extern alias cli;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;
using Npgsql;
using JixiaoCli = cli::Jixiao.Cli.JixiaoCli;

namespace Jixiao.Web.Tests.Production;

/// <summary>The two-node tests run alone: sixteen writers for a minute would starve every other test of the two cores.</summary>
[CollectionDefinition(nameof(TwoNodes), DisableParallelization = true)]
public sealed class TwoNodesRunAlone : ICollectionFixture<TwoNodes>;

/// <summary>
/// Two web app processes (<see cref="WebNode"/>) on one fresh PostgreSQL database, as behind a proxy: node A migrates
/// and adds the demo data, node B starts on the same database, and both encrypt the shared key ring with one
/// certificate. Users are added with the <c>jixiao</c> CLI, as an operator does.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jixiao-two-nodes-").FullName;
    private PostgresCluster? _postgres;

    public WebNode A { get; private set; } = null!;

    public WebNode B { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _postgres = await PostgresCluster.StartAsync();
        ConnectionString = _postgres.NewDatabase("jixiao_nodes");
        var certificate = Path.Combine(_folder, "keyring.pfx");
        const string password = "key-ring-test";
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Jixiao key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, made.Export(X509ContentType.Pfx, password));
        }
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Jixiao"] = $"{ConnectionString};Maximum Pool Size=64",
            ["Logging:LogLevel:Default"] = "Warning",
            ["DataProtection:CertificatePath"] = certificate,
            ["DataProtection:CertificatePassword"] = password,
            ["DataProtection:RequireCertificate"] = "true",
        };
        A = await WebNode.StartAsync(settings, CancellationToken.None);
        B = await WebNode.StartAsync(settings, CancellationToken.None);
    }

    /// <summary>Adds a user with <c>jixiao user add</c> on the nodes' database and answers the initial password it prints.</summary>
    public string AddUser(string userName, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(["user", "add", userName, .. options, "--database", ConnectionString, "--lang", "en"], output, error);
        Assert.True(exit == 0, $"jixiao user add: {output}{error}");
        var line = output.ToString().Split('\n').Single(l => l.StartsWith("Initial password", StringComparison.Ordinal));
        return line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
    }

    /// <summary><c>jixiao audit verify</c> on the nodes' database: the exit code and what it printed.</summary>
    public (int Exit, string Output) VerifyAudit()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(["audit", "verify", "--database", ConnectionString, "--lang", "en"], output, error);
        return (exit, output.ToString() + error);
    }

    /// <summary>A client of <paramref name="node"/> with a bearer token taken from that node.</summary>
    public static async Task<HttpClient> BearerClientAsync(WebNode node, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(node);
        var client = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, userName, password));
        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var answer = await client.PostAsJsonAsync("/api/v1/session", new { userName, password }, TestContext.Current.CancellationToken);
        answer.EnsureSuccessStatusCode();
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["accessToken"]!.GetValue<string>();
    }

    /// <summary>Runs one scalar query on the nodes' database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
