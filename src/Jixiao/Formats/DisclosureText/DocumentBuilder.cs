using System.Collections.Immutable;
using Jixiao.Goals;

namespace Jixiao.Formats.DisclosureText;

/// <summary>What has been read of a disclosure so far.</summary>
internal sealed class DocumentBuilder(string fileName)
{
    public string FileName { get; } = fileName;

    public int? Year { get; set; }

    public string? DepartmentName { get; set; }

    public SourceRef? TitleSource { get; set; }

    public bool HasStructure { get; set; }

    public List<string> Goals { get; } = [];

    public List<string> SubGoals { get; } = [];

    public List<string> Safeguards { get; } = [];

    public List<FundBuilder> Funds { get; } = [];

    /// <summary>单位代码 and 区划代码 lines.</summary>
    public Tables.IdentityDraft Identity { get; } = new();

    public DepartmentGoals Overall() => new([.. Goals], [.. SubGoals], [.. Safeguards]);
}
