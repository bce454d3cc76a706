using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Production;

/// <summary>
/// Several web nodes on one PostgreSQL (issue 18): a session issued by one node is honoured by the other (cookie,
/// antiforgery token and bearer token alike, because the key ring is in the database), an edit on one is seen on the
/// other's next read, and sixteen writers spread over both nodes lose nothing and break nothing in the audit chain.
/// </summary>
[Collection(nameof(TwoNodes))]
public sealed class TwoNodeTests(TwoNodes nodes)
{
    /// <summary>How long the writers write; JIXIAO_TWO_NODE_SECONDS shortens it while developing.</summary>
    private static readonly TimeSpan WritingTime = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("JIXIAO_TWO_NODE_SECONDS"), CultureInfo.InvariantCulture, out var seconds) ? seconds : 60);

    [Fact]
    public async Task A_cookie_signed_in_on_node_A_opens_pages_and_posts_forms_on_node_B()
    {
        var password = nodes.AddUser("cookie-user", "--role", "admin", "--duty", "edit");
        var cookies = new CookieContainer();
        using var onA = Browser(nodes.A, cookies);
        using var onB = Browser(nodes.B, cookies);

        using var signedIn = await CookieSession.PostSignInAsync(onA, "cookie-user", password);
        using var page = await onB.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // A form rendered by A, posted to B: the antiforgery token is B's to check.
        var fromA = await onA.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        using var signOut = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PageForms.Token(fromA) });
        using var signedOut = await onB.PostAsync(new Uri("/account/sign-out", UriKind.Relative), signOut, TestContext.Current.CancellationToken);
        using var after = await onA.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"node B answered {(int)page.StatusCode} to node A's cookie:\n{nodes.B.Log}");
        Assert.Contains("cookie-user", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/sign-in", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_of_node_A_works_on_node_B_and_each_node_reads_the_others_edit_at_once()
    {
        var password = nodes.AddUser("token-user", "--role", "admin", "--duty", "edit");
        using var onA = new HttpClient { BaseAddress = nodes.A.Address };
        var token = await TwoNodes.TokenAsync(onA, "token-user", password);
        onA.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var onB = new HttpClient { BaseAddress = nodes.B.Address };
        onB.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var indicator = (await IndicatorsAsync(onB)).First();
        // Both nodes have read (and cached) the fund before the edits.
        await JsonAsync(onA, indicator.Fund);
        await JsonAsync(onB, indicator.Fund);

        var editedOnA = await EditAsync(onA, indicator, "在A节点修改");
        var seenOnB = DescriptionIn(await JsonAsync(onB, indicator.Fund), indicator.Id);
        var editedOnB = await EditAsync(onB, indicator, "在B节点修改");
        var seenOnA = DescriptionIn(await JsonAsync(onA, indicator.Fund), indicator.Id);

        Assert.Equal(HttpStatusCode.OK, editedOnA);
        Assert.Equal("在A节点修改", seenOnB);
        Assert.Equal(HttpStatusCode.OK, editedOnB);
        Assert.Equal("在B节点修改", seenOnA);
    }

    [Fact]
    public async Task The_key_ring_is_one_key_in_the_database_encrypted_with_the_certificate()
    {
        var keys = await nodes.ScalarAsync<long>("""SELECT count(*) FROM "DataProtectionKeys" """);
        var xml = await nodes.ScalarAsync<string>("""SELECT "Xml" FROM "DataProtectionKeys" LIMIT 1""");

        Assert.Equal(1, keys);
        Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted", xml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sixteen_writers_on_two_nodes_get_no_error_and_every_write_is_in_the_verified_audit_chain()
    {
        const int writers = 16;
        var password = nodes.AddUser("load-writer", "--role", "admin", "--duty", "edit");
        var clients = new List<HttpClient>();
        for (var w = 0; w < writers; w++)
        {
            clients.Add(await TwoNodes.BearerClientAsync(w % 2 == 0 ? nodes.A : nodes.B, "load-writer", password));
        }
        var indicators = await IndicatorsAsync(clients[0]);
        Assert.True(indicators.Count >= writers, $"{indicators.Count} indicators for {writers} writers");
        var subjects = indicators.Select(i => $"indicator/{i.Id}").ToArray();
        var auditedBefore = await nodes.ScalarAsync<long>("""SELECT count(*) FROM audit_records WHERE "Subject" = ANY($1) AND "Action" = 'update'""", (object)subjects);
        var versionsBefore = await VersionSumAsync(clients[0], indicators);
        long sent = 0, answered = 0;
        var failures = new ConcurrentBag<string>();
        var times = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();

        async Task WriteAsync(int writer)
        {
            var mine = indicators.Where((_, i) => i % writers == writer).ToList();
            for (var round = 0; clock.Elapsed < WritingTime; round++)
            {
                var indicator = mine[round % mine.Count];
                Interlocked.Increment(ref sent);
                var started = Stopwatch.GetTimestamp();
                var status = await EditAsync(clients[writer], indicator, string.Create(CultureInfo.InvariantCulture, $"写入者{writer} 第{round}次"));
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref answered);
                }
                else
                {
                    failures.Add($"writer {writer}: {(int)status}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(WriteAsync));
        var elapsed = clock.Elapsed;
        var audited = await nodes.ScalarAsync<long>("""SELECT count(*) FROM audit_records WHERE "Subject" = ANY($1) AND "Action" = 'update'""", (object)subjects) - auditedBefore;
        var advanced = await VersionSumAsync(clients[0], indicators) - versionsBefore;
        var (verified, verifyOutput) = nodes.VerifyAudit();
        var sorted = times.Order().ToList();
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"two nodes, {writers} writers, {elapsed.TotalSeconds:F0} s: {answered} of {sent} writes answered 200 ({answered / elapsed.TotalSeconds:F0}/s), p50 {sorted[sorted.Count / 2]:F0} ms, p99 {sorted[sorted.Count * 99 / 100]:F0} ms, max {sorted[^1]:F0} ms; audit records {audited}, versions advanced {advanced}; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        // Beside the authorization matrix's table: the figures of the run, to read after a green one too.
        await File.WriteAllTextAsync(Path.Combine(Jixiao.Web.Tests.Browser.BrowserSession.ScreenshotFolder, "..", "two-node-writers.txt"), figures + "\n", TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        Assert.Empty(failures);
        Assert.Equal(sent, answered);
        Assert.Equal(sent, audited);
        Assert.Equal(sent, advanced);
        Assert.True(verified == 0, verifyOutput);
        Assert.DoesNotContain("Exception", nodes.A.Log + nodes.B.Log, StringComparison.Ordinal);
    }

    private sealed record Indicator(int Id, string Fund)
    {
        public string Url => $"{Fund}/indicators/{Id}";
    }

    private static HttpClient Browser(WebNode node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node.Address };

    /// <summary>Every indicator of the 2020 demo departments, with its fund's URL.</summary>
    private static async Task<List<Indicator>> IndicatorsAsync(HttpClient client)
    {
        var result = new List<Indicator>();
        foreach (var department in (await JsonAsync(client, "/api/v1/years/2020/departments"))["departments"]!.AsArray())
        {
            var goalSet = $"/api/v1/departments/{department!["id"]}/years/2020";
            foreach (var fund in (await JsonAsync(client, goalSet))["funds"]!.AsArray())
            {
                var url = $"{goalSet}/funds/{fund!["id"]}";
                result.AddRange((await JsonAsync(client, url))["indicators"]!.AsArray().Select(r => new Indicator((int)r!["id"]!, url)));
            }
        }
        return result;
    }

    /// <summary>Reads the indicator and writes it back with a new description and the version read.</summary>
    private static async Task<HttpStatusCode> EditAsync(HttpClient client, Indicator indicator, string description)
    {
        var row = await JsonAsync(client, indicator.Url);
        using var answer = await client.PutAsJsonAsync(indicator.Url, new
        {
            level1 = (string?)row["level1"], level2 = (string?)row["level2"], name = (string?)row["name"], description,
            target = (string?)row["target"], basis = (string?)row["basis"], weight = (decimal?)row["weight"],
            direction = (string?)row["direction"], version = (int)row["version"]!,
        }, TestContext.Current.CancellationToken);
        return answer.StatusCode;
    }

    private static async Task<long> VersionSumAsync(HttpClient client, IEnumerable<Indicator> indicators)
    {
        long sum = 0;
        foreach (var fund in indicators.GroupBy(i => i.Fund))
        {
            var ids = fund.Select(i => i.Id).ToHashSet();
            sum += (await JsonAsync(client, fund.Key))["indicators"]!.AsArray().Where(r => ids.Contains((int)r!["id"]!)).Sum(r => (int)r!["version"]!);
        }
        return sum;
    }

    private static string? DescriptionIn(JsonNode fund, int indicator) =>
        (string?)fund["indicators"]!.AsArray().Single(r => (int)r!["id"]! == indicator)!["description"];

    private static async Task<JsonNode> JsonAsync(HttpClient client, string url) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken))!;
}
