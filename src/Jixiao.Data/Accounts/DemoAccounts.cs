using Jixiao.Data.Demo;
using Jixiao.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Data.Accounts;

/// <summary>
/// 演示账户: one user of each role over the demo departments. They have no password: while the demo is on
/// (<see cref="DemoOptions.Seed"/>) the sign-in page lists them and signs in with one click; with the demo
/// off they cannot sign in at all. Real users are created on the 系统管理 pages or with <c>jixiao user add</c>.
/// </summary>
public sealed class DemoAccounts(JixiaoDb db, UserManager<JixiaoUser> users, IOptions<DemoOptions> options)
{
    public bool Enabled => options.Value.Seed;

    /// <summary>Places the demo departments in two regions (the first half with the seed in 某县) and adds the demo users.</summary>
    public async Task CreateAsync(IReadOnlyList<StoredDepartment> departments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(departments);
        if (departments.Count == 0)
        {
            return;
        }
        var county = new StoredRegion("某县", "某县财政局");
        var city = new StoredRegion("某市", "某市财政局");
        db.Regions.AddRange(county, city);
        await db.SaveChangesAsync(cancellationToken);
        // The seeder clears its change tracker after saving (memory stays flat for a province): attach the departments
        // again, or placing them would change nothing and the demo reviewer would see no department.
        db.Departments.AttachRange(departments);
        var inCounty = (departments.Count + 1) / 2;
        for (var i = 0; i < departments.Count; i++)
        {
            departments[i].PlaceIn(i < inCounty ? county : city);
        }
        await db.SaveChangesAsync(cancellationToken);
        var first = departments[0];
        JixiaoUser[] demo =
        [
            new("demo-admin", "演示·系统管理员", UserRole.Administrator, null, null, isDemo: true),
            new("demo-reviewer", "演示·某县财政局审核员", UserRole.FinanceReviewer, null, county.Id, isDemo: true),
            new("demo-editor", $"演示·{first.Name}填报员", UserRole.DepartmentEditor, first.Id, null, isDemo: true),
            new("demo-viewer", $"演示·{first.Name}查看员", UserRole.DepartmentViewer, first.Id, null, isDemo: true),
        ];
        foreach (var user in demo)
        {
            var created = await users.CreateAsync(user);
            if (created.Succeeded && user.Role == UserRole.Administrator)
            {
                created = await AdministratorDuties.GiveAsync(users, user, AdministratorDuties.All);
            }
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo user {user.UserName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }
        }
    }

    /// <summary>
    /// With the demo off, every demo account still able to sign in is disabled and its security stamp changed, so that
    /// a session opened while the demo was on (a one-click administrator!) ends at its next check instead of living on
    /// in its cookie; each is a note in the audit trail. Answers how many were ended. Turning the demo on again does not
    /// enable them: an administrator does (恢复登录), deliberately.
    /// </summary>
    public async Task<int> EndWhenOffAsync(CancellationToken cancellationToken)
    {
        if (Enabled)
        {
            return 0;
        }
        var open = await db.Users.Where(u => u.IsDemo).ToListAsync(cancellationToken);
        var ended = 0;
        foreach (var user in open.Where(u => !u.IsDisabled))
        {
            db.Audit.Note(new Persistence.Auditing.AuditNote($"user/{user.Id}", "demo-ended", null, null));
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, JixiaoUser.DisabledUntil);
            await users.UpdateSecurityStampAsync(user);
            ended++;
        }
        return ended;
    }

    /// <summary>The demo users the sign-in page offers; none when the demo is off.</summary>
    public async Task<IReadOnlyList<JixiaoUser>> ListAsync(CancellationToken cancellationToken) =>
        Enabled ? await db.Users.AsNoTracking().Where(u => u.IsDemo).OrderBy(u => u.Role).ToListAsync(cancellationToken) : [];

    /// <summary>The demo user of that name, when the demo is on.</summary>
    public async Task<JixiaoUser?> FindAsync(string? userName, CancellationToken cancellationToken) =>
        Enabled && !string.IsNullOrEmpty(userName)
            ? await db.Users.FirstOrDefaultAsync(u => u.IsDemo && u.UserName == userName, cancellationToken)
            : null;
}
