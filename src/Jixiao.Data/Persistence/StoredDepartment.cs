namespace Jixiao.Data.Persistence;

/// <summary>
/// 部门 / 预算单位 as stored: the unit every page and query is scoped by. Its goal sets, one per
/// budget year, are a separate aggregate (<see cref="StoredGoalSet"/>).
/// </summary>
public sealed class StoredDepartment
{
    public StoredDepartment(string name, bool isDemo, int? regionId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        IsDemo = isDemo;
        RegionId = regionId;
    }

    public int Id { get; private set; }

    /// <summary>The department's name as published, unique.</summary>
    public string Name { get; private set; }

    /// <summary>单位代码 of 预算管理一体化, when known; unique.</summary>
    public string? Code { get; private set; }

    /// <summary>区划代码 the department's documents give, when known.</summary>
    public string? RegionCode { get; private set; }

    /// <summary>Takes the 单位代码 and 区划代码 a document gives (a document without them leaves the known ones).</summary>
    public void Identify(Goals.Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        Code = department.Code?.Value ?? Code;
        RegionCode = department.Region?.Value ?? RegionCode;
    }

    /// <summary>The department as the canonical model has it: name and codes.</summary>
    public Goals.Department ToDepartment() => new(Name)
    {
        Code = Code is null ? null : Goals.Codes.Code.Parse(Code),
        Region = RegionCode is null ? null : Goals.Codes.RegionCode.Parse(RegionCode),
    };

    /// <summary>演示数据: created by the demo seeding, shown with a marker so nobody mistakes it for real data.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The 区划 whose finance bureau reviews the department; none: only administrators see it until it is placed.</summary>
    public int? RegionId { get; private set; }

    /// <summary>The region itself, for queries over a region and its sub-regions.</summary>
    public StoredRegion? Region { get; private set; }

    /// <summary>
    /// 主管部门: the department this one is a 下属单位 of, when it has one. The 主管部门's people see (not edit) its
    /// 下属单位' goals; one level, as 预算管理一体化 keeps 一级预算单位 and their 下属单位.
    /// </summary>
    public int? ParentId { get; private set; }

    /// <summary>Makes the department a 下属单位 of <paramref name="parent"/> (null: no 主管部门). The caller refuses a cycle.</summary>
    public void ReportTo(StoredDepartment? parent) => ParentId = parent?.Id;

    /// <summary>Places the department under a region's finance bureau.</summary>
    public void PlaceIn(StoredRegion region)
    {
        ArgumentNullException.ThrowIfNull(region);
        RegionId = region.Id;
    }

    /// <summary>Takes the department out of its region: until placed again only administrators see it.</summary>
    public void LeaveRegion() => RegionId = null;
}
