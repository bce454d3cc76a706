using Jixiao.Data.Common;
using Jixiao.Data.Persistence;
using Jixiao.Goals.Codes;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>
/// 区划管理: creating a region with its finance bureau and placing departments in it (a department is in one region
/// at most: placing it moves it) or taking them out. What a finance reviewer sees follows at once. The same rules
/// serve <c>jixiao region add</c>; the audit trail records the region and every department moved.
/// </summary>
public sealed class RegionCommands(JixiaoDb db)
{
    public const int MaxName = 200;

    /// <summary>A new region without its finance bureau.</summary>
    public const string BureauRequired = "Web.Admin.Region.BureauRequired";

    /// <summary>新建区划: the name must be new.</summary>
    public async Task<Outcome<StoredRegion>> CreateAsync(RegionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Check(input) is { } invalid)
        {
            return invalid;
        }
        var name = input.Name!.Trim();
        if (await db.Regions.AnyAsync(r => r.Name == name, cancellationToken))
        {
            return Failure.Invalid("name", "Web.Admin.Region.Taken", name);
        }
        var region = new StoredRegion(name, input.FinanceBureau!);
        if (await LocateAsync(region, input, cancellationToken) is { } refused)
        {
            return refused;
        }
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return region;
    }

    /// <summary>
    /// <c>jixiao region add</c>: the region of that name (created when new, which needs the bureau) with the named
    /// departments placed in it, all or nothing.
    /// </summary>
    public async Task<Outcome<StoredRegion>> SaveAsync(RegionInput input, IReadOnlyList<string> departments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(departments);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var name = input.Name?.Trim();
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (region is null)
        {
            var created = await CreateAsync(input, cancellationToken);
            if (created.Failure is { } failure)
            {
                return failure;
            }
            region = created.Value!;
        }
        else if (await LocateAsync(region, input, cancellationToken) is { } refused)
        {
            return refused;
        }
        foreach (var department in departments)
        {
            if (await PlaceAsync(region, department, cancellationToken) is { } failure)
            {
                return failure;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return region;
    }

    /// <summary>Places the named department in the region, moving it out of any other.</summary>
    public async Task<Outcome<StoredRegion>> AddDepartmentAsync(int regionId, string? department, CancellationToken cancellationToken)
    {
        if (await db.Regions.FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken) is not { } region)
        {
            return Failure.NotFound("Web.What.Region");
        }
        if (await PlaceAsync(region, department, cancellationToken) is { } failure)
        {
            return failure;
        }
        await db.SaveChangesAsync(cancellationToken);
        return region;
    }

    /// <summary>Takes a department out of the region (it must be in it).</summary>
    public async Task<Outcome<StoredDepartment>> RemoveDepartmentAsync(int regionId, int departmentId, CancellationToken cancellationToken)
    {
        if (await db.Departments.FirstOrDefaultAsync(d => d.Id == departmentId && d.RegionId == regionId, cancellationToken) is not { } department)
        {
            return Failure.NotFound("Web.What.DepartmentInRegion");
        }
        department.LeaveRegion();
        await db.SaveChangesAsync(cancellationToken);
        return department;
    }

    /// <summary>
    /// Gives the region the input's 区划代码 and 上级区划 (an existing region keeps what the input leaves out), refusing a
    /// code that is not one or is another region's, a parent that does not exist or lies below the region, and a
    /// parent whose code does not contain the region's. A move carries the region's sub-regions with it.
    /// </summary>
    private async Task<Failure?> LocateAsync(StoredRegion region, RegionInput input, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(input.Code))
        {
            if (!RegionCode.TryParse(input.Code, out var code, out _))
            {
                return Failure.Invalid("code", "Web.Admin.Region.CodeInvalid", input.Code.Trim());
            }
            if (await db.Regions.FirstOrDefaultAsync(r => r.Code == code.Value && r.Id != region.Id, cancellationToken) is { } holder)
            {
                return Failure.Invalid("code", "Web.Admin.Region.CodeTaken", code.Value, holder.Name);
            }
            region.Identify(code);
        }
        var parent = await ParentAsync(region, input.Parent, cancellationToken);
        if (parent.Failure is { } failure)
        {
            return failure;
        }
        if (parent.Value is not { } above)
        {
            return null;
        }
        if (above == region || (region.Id != 0 && above.Ancestry.Contains(region.Marker, StringComparison.Ordinal)))
        {
            return Failure.Invalid("parent", "Web.Admin.Region.ParentBelow", above.Name, region.Name);
        }
        if (above.RegionCode is { } parentCode && region.RegionCode is { } own && (parentCode == own || !parentCode.Contains(own)))
        {
            return Failure.Invalid("parent", "Web.Admin.Region.ParentCodeMismatch", above.Name, parentCode.Value, own.Value);
        }
        if (region.ParentId == above.Id)
        {
            return null;
        }
        var before = region.Ancestry + region.Id + "/";
        region.PlaceUnder(above);
        if (region.Id != 0)
        {
            var after = region.Ancestry + region.Id + "/";
            var marker = region.Marker;
            foreach (var below in await db.Regions.Where(r => r.Ancestry.Contains(marker)).ToListAsync(cancellationToken))
            {
                below.Reroot(before, after);
            }
        }
        return null;
    }

    /// <summary>The 上级区划 the input names (by name or 区划代码), or else the nearest region above the region's code.</summary>
    private async Task<Outcome<StoredRegion?>> ParentAsync(StoredRegion region, string? parent, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(parent))
        {
            var named = parent.Trim();
            var code = RegionCode.TryParse(named, out var parsed, out _) ? parsed.Value : null;
            var found = await db.Regions.FirstOrDefaultAsync(r => r.Name == named || (code != null && r.Code == code), cancellationToken);
            return found is null ? Failure.Invalid("parent", "Web.Admin.Region.NoParent", named) : found;
        }
        if (region.ParentId is not null || region.RegionCode is not { } own)
        {
            return (StoredRegion?)null;
        }
        for (var above = own.Parent; above is { } code; above = code.Parent)
        {
            var value = code.Value;
            if (await db.Regions.FirstOrDefaultAsync(r => r.Code == value, cancellationToken) is { } found)
            {
                return found;
            }
        }
        return (StoredRegion?)null;
    }

    private async Task<Failure?> PlaceAsync(StoredRegion region, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Failure.Invalid("department", "Web.Admin.Region.DepartmentRequired");
        }
        var trimmed = name.Trim();
        if (await db.Departments.FirstOrDefaultAsync(d => d.Name == trimmed, cancellationToken) is not { } department)
        {
            return Failure.Invalid("department", RoleScopes.NoDepartment, trimmed);
        }
        department.PlaceIn(region);
        return null;
    }

    private static Failure? Check(RegionInput input) =>
        string.IsNullOrWhiteSpace(input.Name) ? Failure.Invalid("name", "Web.Admin.Region.NameRequired")
        : input.Name.Trim().Length > MaxName ? Failure.Invalid("name", "Web.Field.TooLong", MaxName)
        : string.IsNullOrWhiteSpace(input.FinanceBureau) ? Failure.Invalid("financeBureau", BureauRequired)
        : input.FinanceBureau.Trim().Length > MaxName ? Failure.Invalid("financeBureau", "Web.Field.TooLong", MaxName)
        : null;
}
