using System.Globalization;

namespace Jixiao.Web.Common;

/// <summary>Route values as numbers (<c>{departmentId}</c>, <c>{year}</c>), for code that runs before the endpoint binds them.</summary>
public static class RouteNumbers
{
    public static int? Number(this RouteValueDictionary values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var value)
            && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : null;
    }
}
