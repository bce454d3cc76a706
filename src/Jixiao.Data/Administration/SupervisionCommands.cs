using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>
/// 主管部门与下属单位: makes a department a 下属单位 of its 主管部门 (or of none). The 主管部门's people then see its
/// 下属单位 (<see cref="Accounts.UserAccess.Visible"/>); a department cannot come under itself or under one of its own
/// 下属单位. Serves <c>jixiao department set --supervisor</c>; the audit trail records the change.
/// </summary>
public sealed class SupervisionCommands(JixiaoDb db)
{
    /// <summary>Places <paramref name="department"/> under <paramref name="supervisor"/> (both by name); null or blank: under none.</summary>
    public async Task<Outcome<StoredDepartment>> ReportToAsync(string? department, string? supervisor, CancellationToken cancellationToken)
    {
        if (await FindAsync(department, cancellationToken) is not { } unit)
        {
            return Failure.Invalid("department", RoleScopes.NoDepartment, department?.Trim() ?? "");
        }
        StoredDepartment? above = null;
        if (!string.IsNullOrWhiteSpace(supervisor))
        {
            above = await FindAsync(supervisor, cancellationToken);
            if (above is null)
            {
                return Failure.Invalid("supervisor", RoleScopes.NoDepartment, supervisor.Trim());
            }
            for (var step = above; step is not null; step = step.ParentId is { } id ? await db.Departments.FindAsync([id], cancellationToken) : null)
            {
                if (step.Id == unit.Id)
                {
                    return Failure.Invalid("supervisor", "Web.Admin.Supervisor.Cycle", above.Name, unit.Name);
                }
            }
        }
        unit.ReportTo(above);
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    private Task<StoredDepartment?> FindAsync(string? name, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) ? Task.FromResult<StoredDepartment?>(null)
            : db.Departments.FirstOrDefaultAsync(d => d.Name == trimmed, cancellationToken);
    }
}
