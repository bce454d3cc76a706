extern alias cli;

using Jixiao.Web.Features.Accounts;
using Jixiao.Data.Accounts;
using System.Net;
using System.Text;
using Jixiao.Governance;
using Jixiao.Data.Persistence;
using Jixiao.Data.Persistence.Auditing;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using JixiaoCli = cli::Jixiao.Cli.JixiaoCli;

namespace Jixiao.Web.Tests.Governance;

/// <summary>审计日志: every change is recorded with old and new values, chained, and tampering is found and named.</summary>
public sealed class AuditTrailTests(TestApps apps) : IntegrationTest(apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_indicator_edit_is_recorded_with_who_old_and_new_values(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        var auditor = "auditor-" + Guid.NewGuid().ToString("N")[..8];
        var client = new ApiClient(await app.SignedInClientAsync(auditor, await app.AddAsync(auditor, UserRole.Administrator)));
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        var (_, goalSet) = await client.GetAsync(ApiClient.GoalSetUrl(at));
        var fund = $"{ApiClient.GoalSetUrl(at)}/funds/{goalSet!["funds"]![0]!["id"]}";
        var (_, table) = await client.GetAsync(fund);
        var row = table!["indicators"]![2]!;
        var edit = new
        {
            level1 = (string?)row["level1"], level2 = (string?)row["level2"], name = (string?)row["name"], description = (string?)row["description"],
            target = "≥99%", basis = (string?)row["basis"], weight = (decimal?)row["weight"], direction = (string?)row["direction"], version = (int)row["version"]!,
        };

        var (saved, _) = await client.SendAsync(HttpMethod.Put, $"{fund}/indicators/{row["id"]}", edit);
        var (status, records) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/audit?indicator={row["id"]}");

        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Equal(HttpStatusCode.OK, status);
        var record = Assert.Single(records!.AsArray());
        Assert.Equal(("update", $"indicator/{row["id"]}", auditor, at.DepartmentId, at.Year),
            ((string)record!["action"]!, (string)record["subject"]!, (string)record["actor"]!, (int)record["departmentId"]!, (int)record["year"]!));
        Assert.Equal((string?)row["target"], (string?)record["oldValue"]!["targetText"]);
        Assert.Equal("≥99%", (string?)record["newValue"]!["targetText"]);
        var (_, all) = await client.GetAsync($"{ApiClient.GoalSetUrl(at)}/audit");
        Assert.Contains(all!.AsArray(), r => (string)r!["subject"]! == $"department/{at.DepartmentId}" && (string)r["action"]! == "create");
        Assert.Contains(all!.AsArray(), r => ((string)r!["subject"]!).StartsWith("goal-set/", StringComparison.Ordinal) && (int)r["newValue"]!["indicators"]! > 0);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_audit_exports_as_csv_and_another_department_is_not_found(DatabaseKind kind)
    {
        var client = await ClientAsync(kind);
        var at = await client.ImportSeedAsync(ApiClient.UniqueDepartment());

        var csv = await client.Http.GetAsync($"{ApiClient.GoalSetUrl(at)}/audit?format=csv", Ct);
        var missing = await client.Http.GetAsync($"/api/v1/departments/999999/years/{at.Year}/audit", Ct);
        var badFormat = await client.Http.GetAsync($"{ApiClient.GoalSetUrl(at)}/audit?format=xml", Ct);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct));
        Assert.StartsWith("\uFEFFsequence,time_utc,actor,department_id,year,subject,action,old_value,new_value,previous_hash,hash\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"department/{at.DepartmentId},create", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    /// <summary>How a row of the trail is tampered with by SQL, and which record the verification names.</summary>
    public static TheoryData<DatabaseKind, string, long, ChainBreakKind> Tampering => new()
    {
        { DatabaseKind.Sqlite, "UPDATE audit_records SET \"NewValue\" = '\"forged\"' WHERE \"Sequence\" = 3", 3, ChainBreakKind.Edited },
        { DatabaseKind.Postgres, "UPDATE audit_records SET \"NewValue\" = '\"forged\"' WHERE \"Sequence\" = 3", 3, ChainBreakKind.Edited },
        { DatabaseKind.Sqlite, "UPDATE audit_records SET \"Actor\" = 'someone' WHERE \"Sequence\" = 1", 1, ChainBreakKind.Edited },
        { DatabaseKind.Sqlite, "DELETE FROM audit_records WHERE \"Sequence\" = 2", 3, ChainBreakKind.Gap },
        { DatabaseKind.Postgres, "DELETE FROM audit_records WHERE \"Sequence\" = 2", 3, ChainBreakKind.Gap },
    };

    [Theory, MemberData(nameof(Tampering))]
    public async Task Tampering_by_sql_is_detected_and_the_record_named_also_by_the_cli(DatabaseKind kind, string sql, long sequence, ChainBreakKind how)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        var client = new ApiClient(await app.ClientAsAsync(UserRole.Administrator));
        await client.ImportSeedAsync(ApiClient.UniqueDepartment());
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            db.Audit.Note(new AuditNote("test/1", "note", null, null, NewValue: "{\"n\":1}"));
            await db.SaveChangesAsync(Ct);
            Assert.True(AuditChain.Verify(await RecordsAsync(db)).IsIntact);
            var (intact, report) = Cli(app);
            // The administrator's creation, the department, its performance year, its goal set and the note.
            Assert.Equal((0, "审计日志完整：共 5 条记录，链已验证。"), (intact, report.Split('\n')[0].Trim()));

            await db.Database.ExecuteSqlRawAsync(sql, Ct);

            var broken = AuditChain.Verify(await RecordsAsync(db)).Break;
            Assert.Equal((sequence, how), (broken?.Sequence, broken?.Kind));
        }
        var (exit, message) = Cli(app);
        Assert.Equal(1, exit);
        Assert.Contains($"第 {sequence} 条", message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_appends_do_not_fork_the_chain(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        _ = app.Server;
        const int writers = 8, each = 5;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await using var scope = app.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
                db.Audit.Note(new AuditNote($"test/{w}", "note", null, null, NewValue: $"{{\"i\":{i}}}"));
                await db.SaveChangesAsync(Ct);
            }
        }, Ct)));

        await using var check = app.CreateScope();
        var records = await RecordsAsync(check.ServiceProvider.GetRequiredService<JixiaoDb>());
        var verification = AuditChain.Verify(records);
        Assert.True(verification.IsIntact, verification.Message.ToString());
        Assert.Equal(writers * each, verification.Count);
    }

    private static async Task<List<AuditRecord>> RecordsAsync(JixiaoDb db) =>
        [.. (await db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync(Ct)).Select(r => r.ToRecord())];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_the_newest_records_is_found_against_the_anchor_printed_before(DatabaseKind kind)
    {
        await using var app = new JixiaoApp(kind, kind == DatabaseKind.Postgres ? await Apps.PostgresAsync() : null, demo: false);
        _ = app.Server;
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        for (var i = 0; i < 3; i++)
        {
            db.Audit.Note(new AuditNote($"test/{i}", "note", null, null, NewValue: $"{{\"i\":{i}}}"));
            await db.SaveChangesAsync(Ct);
        }
        var (_, report) = Cli(app);
        var anchor = report.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("最新锚点：", StringComparison.Ordinal))["最新锚点：".Length..].Split('。')[0];
        await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_records WHERE \"Sequence\" > 1", Ct);

        var (withoutAnchor, _) = Cli(app);
        var (withAnchor, message) = Cli(app, "--anchor", anchor);
        var (badAnchor, badMessage) = Cli(app, "--anchor", "3:abc");

        Assert.StartsWith("3:", anchor, StringComparison.Ordinal);
        Assert.Equal(0, withoutAnchor); // the shorter chain is still a valid chain
        Assert.Equal(1, withAnchor);
        Assert.Contains("审计日志只到第 1 条，但锚点记录的是第 3 条：最新的记录被删除过。", message, StringComparison.Ordinal);
        Assert.Equal(2, badAnchor);
        Assert.Contains("锚点“3:abc”无效", badMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Verifying_a_missing_database_says_so_and_creates_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-audit-").FullName;
        var file = Path.Combine(folder, "none", "jixiao.db");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = JixiaoCli.Run(["audit", "verify", "--database", file], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("无法读取数据库的审计日志", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "none")));
        Directory.Delete(folder, recursive: true);
    }

    private static (int Exit, string Message) Cli(JixiaoApp app, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = JixiaoCli.Run(["audit", "verify", .. app.DatabaseArguments, .. more], output, error);
        return (exit, (output.ToString() + error.ToString()).Trim());
    }
}
