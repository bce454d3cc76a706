namespace Jixiao.Data.Common;

/// <summary>Long lists (the overview, the public list) a page at a time: 50 rows a page, pages numbered from 1.</summary>
public static class Paging
{
    public const int PageSize = 50;

    /// <summary>How many pages <paramref name="total"/> rows take; at least one, so an empty list still has a page.</summary>
    public static int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>The last page number whose first row can be counted in an int: larger requests are that page (empty).</summary>
    public const int MaxPage = int.MaxValue / PageSize;

    /// <summary>A requested page number within 1 … <see cref="MaxPage"/>: page=2147483647 asks for an empty page, not an overflow.</summary>
    public static int Clamp(int page) => Math.Clamp(page, 1, MaxPage);

    /// <summary>The rows of page <paramref name="page"/> (a number below 1 is the first page, see <see cref="Clamp"/>).</summary>
    public static IQueryable<T> PageOf<T>(this IOrderedQueryable<T> rows, int page) =>
        rows.Skip((Clamp(page) - 1) * PageSize).Take(PageSize);
}

/// <summary>What the pager (<c>_Pager.cshtml</c>) shows: this page of how many, and the address of another page.</summary>
public sealed record PagerView(int Page, int Pages, Func<int, string> Href);
