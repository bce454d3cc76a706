using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Bench;

/// <summary>
/// The mixed read/write load of issue 13 against a running app (bench/mixed-load.sh starts one): for a set time,
/// writers revise the descriptions of the indicators they own (disjoint, so every save should win) while readers read
/// the department's fund tables through the API, one after the other. A read that started after a save had been answered must show that save's version
/// or a later one; anything older is a stale read. At the end every indicator is read again and its audit records are
/// counted: edits answered 200 = versions the rows advanced = audit records written = edits sent. Given several
/// servers (web nodes on one database), writers and readers take them in turn: a read on one node must show a save
/// answered by another.
/// </summary>
internal static class MixedLoad
{
    public static async Task<int> RunAsync(IReadOnlyList<Uri> servers, string token, int department, int year, TimeSpan duration, int writers, int readers)
    {
        var nodes = servers.Select(server =>
        {
            var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }).ToList();
        var http = nodes[0];
        var goalSet = $"/api/v1/departments/{department}/years/{year}";
        var funds = (await Json(http, goalSet))["funds"]!.AsArray().Select(f => $"{goalSet}/funds/{f!["id"]}").ToList();
        var fundOf = new Dictionary<int, string>();
        var rows = new List<JsonNode>();
        foreach (var fund in funds)
        {
            foreach (var row in (await Json(http, fund))["indicators"]!.AsArray())
            {
                rows.Add(row!);
                fundOf[(int)row!["id"]!] = fund;
            }
        }
        var initialAudit = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            initialAudit[(int)row["id"]!] = await AuditCountAsync(http, goalSet, (int)row["id"]!);
        }
        var initialVersion = rows.ToDictionary(r => (int)r["id"]!, r => (int)r["version"]!);
        var floor = new ConcurrentDictionary<int, int>(initialVersion);
        var lastSent = new ConcurrentDictionary<int, string>();
        long sent = 0, saved = 0, refused = 0, reads = 0, stale = 0;
        var readTimes = new ConcurrentBag<double>();
        var writeTimes = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();

        async Task WriteAsync(int writer)
        {
            var client = nodes[writer % nodes.Count];
            var mine = rows.Where((_, i) => i % writers == writer).Select(r => (int)r["id"]!).ToList();
            for (var round = 0; clock.Elapsed < duration && mine.Count > 0; round++)
            {
                var id = mine[round % mine.Count];
                var url = $"{fundOf[id]}/indicators/{id}";
                var row = await Json(client, url);
                var description = string.Create(CultureInfo.InvariantCulture, $"写入者{writer} 第{round}次");
                Interlocked.Increment(ref sent);
                var started = Stopwatch.GetTimestamp();
                using var answer = await client.PutAsJsonAsync(url, Edit(row, description));
                writeTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    var version = (int)JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["version"]!;
                    Interlocked.Increment(ref saved);
                    lastSent[id] = description;
                    floor.AddOrUpdate(id, version, (_, old) => Math.Max(old, version));
                }
                else
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }

        async Task ReadAsync(int reader)
        {
            var client = nodes[reader % nodes.Count];
            for (var round = reader; clock.Elapsed < duration; round++)
            {
                var before = new Dictionary<int, int>(floor);
                var started = Stopwatch.GetTimestamp();
                var table = await Json(client, funds[round % funds.Count]);
                readTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref reads);
                foreach (var row in table["indicators"]!.AsArray())
                {
                    if ((int)row!["version"]! < before[(int)row["id"]!])
                    {
                        Interlocked.Increment(ref stale);
                    }
                }
            }
        }

        await Task.WhenAll([.. Enumerable.Range(0, writers).Select(WriteAsync), .. Enumerable.Range(0, readers).Select(ReadAsync)]);
        var elapsed = clock.Elapsed;

        long advanced = 0, audited = 0, lost = 0;
        var final = new Dictionary<int, JsonNode>();
        foreach (var fund in funds)
        {
            foreach (var row in (await Json(http, fund))["indicators"]!.AsArray())
            {
                final[(int)row!["id"]!] = row;
            }
        }
        foreach (var (id, version) in initialVersion)
        {
            advanced += (int)final[id]["version"]! - version;
            audited += await AuditCountAsync(http, goalSet, id) - initialAudit[id];
            if (lastSent.TryGetValue(id, out var expected) && (string?)final[id]["description"] != expected)
            {
                lost++;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{elapsed.TotalSeconds:F0} s, {writers} writers, {readers} readers on {rows.Count} indicators, {nodes.Count} nodes; {saved / elapsed.TotalSeconds:F0} writes/s, {reads / elapsed.TotalSeconds:F0} reads/s"));
        Console.WriteLine($"edits sent {sent}, answered 200 {saved}, refused {refused}; versions advanced {advanced}; audit records {audited}; last edit missing {lost}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reads {reads}, stale reads {stale}; write p50 {Percentile(writeTimes, 50):F0} ms p99 {Percentile(writeTimes, 99):F0} ms; read p50 {Percentile(readTimes, 50):F0} ms p99 {Percentile(readTimes, 99):F0} ms"));
        nodes.ForEach(n => n.Dispose());
        var ok = sent == saved && saved == advanced && advanced == audited && stale == 0 && lost == 0;
        Console.WriteLine(ok ? "OK: edits sent = stored = audit records, no stale read" : "FAILED");
        return ok ? 0 : 1;
    }

    private static async Task<JsonNode> Json(HttpClient http, string url) =>
        JsonNode.Parse(await http.GetStringAsync(new Uri(url, UriKind.Relative)))!;

    private static async Task<int> AuditCountAsync(HttpClient http, string goalSet, int indicator) =>
        (await Json(http, $"{goalSet}/audit?indicator={indicator}")).AsArray().Count;

    private static object Edit(JsonNode row, string description) => new
    {
        level1 = (string?)row["level1"], level2 = (string?)row["level2"], name = (string?)row["name"], description,
        target = (string?)row["target"], basis = (string?)row["basis"], weight = (decimal?)row["weight"],
        direction = (string?)row["direction"], version = (int)row["version"]!,
    };

    private static double Percentile(ConcurrentBag<double> times, int percent)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, sorted.Count * percent / 100)];
    }
}
