using System.Text.Json.Serialization;
using Jixiao.Goals.Codes;

namespace Jixiao.Goals;

/// <summary>部门 / 预算单位 — a spending unit, e.g. 某县人民检察院, with its 单位代码 and 区划代码 where known.</summary>
public sealed record Department
{
    public Department(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>The department's name as published.</summary>
    public string Name { get; }

    /// <summary>单位代码 (<c>agency_code</c>) of 预算管理一体化, when the document gives it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Code? Code { get; init; }

    /// <summary>区划代码 (<c>mof_div_code</c>) of the finance region it belongs to, when the document gives it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RegionCode? Region { get; init; }
}
