using System.Globalization;

namespace Jixiao.Data.Departments;

/// <summary>Amounts are stored in 元 and shown in 万元, as the forms print them.</summary>
public static class Money
{
    public static string Wan(decimal? yuan) =>
        yuan is { } value ? (value / 10_000m).ToString("#,0.####", CultureInfo.InvariantCulture) : "—";
}
