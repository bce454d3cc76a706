using System.Text.Json;
using Jixiao.Data.Checks;
using Jixiao.Data.Import;
using Jixiao.Formats.Json;
using Jixiao.Web.Features.Import;

namespace Jixiao.Web.Api;

/// <summary>The preview as JSON: the goals in canonical JSON form, the reader's diagnostics and the findings.</summary>
public sealed record ImportPreviewResponse(
    Guid Id, string FileName, bool CanCommit, bool ReplacesExisting, JsonElement? Goals,
    IReadOnlyList<ImportMessage> Diagnostics, IReadOnlyList<FindingView> Findings)
{
    /// <summary>For goals already on file (<see cref="ReplacesExisting"/>): whether confirming would change nothing.</summary>
    public bool Unchanged { get; init; }

    /// <summary>For goals already on file: the indicators added, changed (field by field) and removed, as the workbook preview lists them.</summary>
    public IReadOnlyList<Jixiao.Data.Workbook.IndicatorChangeView> Indicators { get; init; } = [];

    /// <summary>For goals already on file: changes to part 1, fund goals and money, and funds added or removed.</summary>
    public IReadOnlyList<Jixiao.Data.Workbook.OtherChange> Other { get; init; } = [];

    public static ImportPreviewResponse From(ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        JsonElement? goals = preview.Goals is { } g ? JsonDocument.Parse(CanonicalJson.Serialize(g)).RootElement : null;
        return new(preview.Id, preview.FileName, preview.CanCommit, preview.ReplacesExisting, goals, preview.Diagnostics, preview.Findings)
        {
            Unchanged = preview.Unchanged, Indicators = preview.Indicators, Other = preview.Other,
        };
    }
}
