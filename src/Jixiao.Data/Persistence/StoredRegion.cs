using Jixiao.Goals.Codes;

namespace Jixiao.Data.Persistence;

/// <summary>
/// 区划 with its 财政局: the finance bureau of a region reviews the goals of every department under it and under
/// its sub-regions (省 → 市 → 县 → 乡). Which departments a finance reviewer sees is this data
/// (<see cref="StoredDepartment.RegionId"/>, <see cref="ParentId"/>), not code.
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

    /// <summary>区划代码 (GB/T 2260, 6 digits or 9 for a 乡), when known; unique.</summary>
    public string? Code { get; private set; }

    /// <summary>上级区划: the region one level up; none for a region at the top.</summary>
    public int? ParentId { get; private set; }

    /// <summary>
    /// The ids of every region above this one, top first, as <c>/1/5/</c> (<c>/</c> at the top): a region's sub-regions
    /// are those whose ancestry holds <see cref="Marker"/>, one indexed-free query however deep the tree.
    /// </summary>
    public string Ancestry { get; private set; } = "/";

    /// <summary>How many regions are above this one (0 at the top).</summary>
    public int Depth => Ancestry.Count(c => c == '/') - 1;

    /// <summary>What a sub-region's <see cref="Ancestry"/> holds when this region is above it.</summary>
    public string Marker => MarkerOf(Id);

    public static string MarkerOf(int regionId) => $"/{regionId}/";

    /// <summary>The region's 区划代码, parsed.</summary>
    public RegionCode? RegionCode => Code is null ? null : Goals.Codes.RegionCode.Parse(Code);

    /// <summary>Takes the region's 区划代码.</summary>
    public void Identify(RegionCode code) => Code = code.Value;

    /// <summary>
    /// Puts the region under <paramref name="parent"/> (or at the top). The caller refuses a parent below the region
    /// itself and re-roots the region's sub-regions (<see cref="Reroot"/>).
    /// </summary>
    public void PlaceUnder(StoredRegion? parent)
    {
        ParentId = parent?.Id;
        Ancestry = parent is null ? "/" : parent.Ancestry + parent.Id + "/";
    }

    /// <summary>A sub-region's ancestry after this region moved from <paramref name="oldAncestry"/>.</summary>
    public void Reroot(string oldAncestry, string newAncestry)
    {
        if (Ancestry.StartsWith(oldAncestry, StringComparison.Ordinal))
        {
            Ancestry = newAncestry + Ancestry[oldAncestry.Length..];
        }
    }
}
