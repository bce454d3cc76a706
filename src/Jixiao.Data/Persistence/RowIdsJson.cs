using System.Collections.Immutable;
using System.Text.Json;
using Jixiao.Governance;

namespace Jixiao.Data.Persistence;

/// <summary>A version's row ids as stored: <c>[{"id":12,"indicators":[34,35]}, …]</c>, one entry per fund in table order.</summary>
public static class RowIdsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(RowIds rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return JsonSerializer.Serialize(rows.Funds, Options);
    }

    public static RowIds Read(string json) => new(JsonSerializer.Deserialize<ImmutableArray<FundRowIds>>(json, Options));
}
