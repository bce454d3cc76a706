using System.Text.Json.Serialization;

namespace Jixiao.Goals.Codes;

/// <summary>项目类别 — whether a project is new this year (新增) or continues from earlier years (延续).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProjectCategory>))]
public enum ProjectCategory
{
    /// <summary>新增项目.</summary>
    [JsonStringEnumMemberName("new")]
    New,
    /// <summary>延续项目.</summary>
    [JsonStringEnumMemberName("continuing")]
    Continuing,
}

/// <summary>The words documents use for a 项目类别.</summary>
public static class ProjectCategories
{
    public static string ChineseName(this ProjectCategory category) => category switch
    {
        ProjectCategory.New => "新增",
        ProjectCategory.Continuing => "延续",
    };

    /// <summary>新增, 新增项目, 新设; 延续, 延续项目, 持续, 续建; null for anything else.</summary>
    public static ProjectCategory? Read(string? text) => CodeText.Normalise(text).Replace("项目", "", StringComparison.Ordinal) switch
    {
        "新增" or "新设" or "新建" => ProjectCategory.New,
        "延续" or "持续" or "续建" or "延续性" => ProjectCategory.Continuing,
        _ => null,
    };
}
