using System.Globalization;
using System.Text;
using Jixiao.Data.Rollup;

namespace Jixiao.Web.Features.Regions;

/// <summary>The addresses of a region's pages: the page itself, and the list behind each figure with its filter.</summary>
public static class RegionLinks
{
    public static string Page(int regionId, int? year) =>
        year is { } y ? string.Create(CultureInfo.InvariantCulture, $"/regions/{regionId}?year={y}") : string.Create(CultureInfo.InvariantCulture, $"/regions/{regionId}");

    /// <summary>The list of the region's department-years that <paramref name="filter"/> selects (the same query string for the API and the export).</summary>
    public static string Departments(int regionId, int year, DepartmentFilter? filter = null, int page = 1) =>
        string.Create(CultureInfo.InvariantCulture, $"/regions/{regionId}/departments?{Query(year, filter ?? new DepartmentFilter(), page)}");

    public static string Export(int regionId, int year, DepartmentFilter filter) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/regions/{regionId}/years/{year}/departments/export?{Query(null, filter, 1)}");

    public static string Query(int? year, DepartmentFilter filter, int page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new StringBuilder();
        void Add(string name, object? value)
        {
            if (value is not null && value is not false)
            {
                query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=')
                    .Append(Uri.EscapeDataString(Convert.ToString(value is true ? "true" : value, CultureInfo.InvariantCulture)!));
            }
        }
        Add("year", year);
        Add("stage", filter.Stage);
        Add("status", filter.Status);
        Add("overdue", filter.Overdue);
        Add("rule", filter.Rule);
        Add("reviewGrade", filter.ReviewGrade);
        Add("grade", filter.Grade);
        Add("band", filter.ScoreBand);
        Add("within", filter.Within);
        Add("search", string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search);
        Add("sort", filter.Sort == DepartmentSort.Name ? null : filter.Sort);
        Add("desc", filter.Descending);
        Add("page", page == 1 ? null : page);
        return query.ToString();
    }

    /// <summary>分 as 万元, as the forms print amounts.</summary>
    public static string Wan(long fen) => (fen / 1_000_000m).ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>Hundredths of a point as points.</summary>
    public static string Points(int? hundredths) => hundredths is { } h ? (h / 100m).ToString("0.##", CultureInfo.InvariantCulture) : "—";
}
