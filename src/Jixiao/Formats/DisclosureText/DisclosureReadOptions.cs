namespace Jixiao.Formats.DisclosureText;

/// <summary>
/// What the caller knows that the document may not say: the department's name (the seed never states
/// it), the year, and the file name used in messages.
/// </summary>
public sealed record DisclosureReadOptions(string FileName = "", string? DepartmentName = null, int? Year = null);
