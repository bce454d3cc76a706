namespace Jixiao.Data.Persistence;

/// <summary>
/// 区划 with its 财政局: the finance bureau of a region reviews the goals of every department under it.
/// Which departments a finance reviewer sees is this data (<see cref="StoredDepartment.RegionId"/>), not code.
/// </summary>
public sealed class StoredRegion
{
    public StoredRegion(string name, string financeBureau)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(financeBureau);
        Name = name.Trim();
        FinanceBureau = financeBureau.Trim();
    }

    public int Id { get; private set; }

    /// <summary>区划名称, unique (e.g. 某县).</summary>
    public string Name { get; private set; }

    /// <summary>财政部门 of the region (e.g. 某县财政局).</summary>
    public string FinanceBureau { get; private set; }
}
