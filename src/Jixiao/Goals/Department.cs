namespace Jixiao.Goals;

/// <summary>部门 / 预算单位 — a spending unit, e.g. 某县人民检察院.</summary>
public sealed record Department
{
    public Department(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    /// <summary>The department's name as published.</summary>
    public string Name { get; }
}
