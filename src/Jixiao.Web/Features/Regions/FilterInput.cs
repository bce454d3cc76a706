using Jixiao.Data.Rollup;
using Jixiao.Governance;
using Jixiao.Targets;

namespace Jixiao.Web.Features.Regions;

/// <summary>
/// The query string of a region's department list, read in one place for the page and the API (<see cref="BindAsync"/>). Enum values are their names
/// (<c>stage=Goals&amp;status=Submitted</c>); one that is not a name is a model-state error, shown, not a crash.
/// </summary>
public sealed record FilterInput
{
    public WorkflowSubject? Stage { get; init; }

    public WorkflowStatus? Status { get; init; }

    public bool Overdue { get; init; }

    public string? Rule { get; init; }

    public Grade? ReviewGrade { get; init; }

    public Grade? Grade { get; init; }

    public int? Band { get; init; }

    public int? Within { get; init; }

    public string? Search { get; init; }

    public DepartmentSort? Sort { get; init; }

    public bool Desc { get; init; }

    /// <summary>The query parameter that could not be read (the API answers 400 naming it), if any.</summary>
    public string? Invalid { get; init; }

    /// <summary>Binds the query string for the API, where every parameter is optional and a bad one is named, not thrown.</summary>
    public static ValueTask<FilterInput?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.Request.Query;
        string? invalid = null;
        T? Enum<T>(string name) where T : struct, System.Enum
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }
            if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]))
            {
                return value;
            }
            invalid ??= name;
            return null;
        }
        int? Number(string name)
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            invalid ??= name;
            return null;
        }
        bool Flag(string name) => query[name].ToString() is "true" or "1" or "on";
        var input = new FilterInput
        {
            Stage = Enum<WorkflowSubject>("stage"),
            Status = Enum<WorkflowStatus>("status"),
            Overdue = Flag("overdue"),
            Rule = query["rule"].ToString() is { Length: > 0 } rule ? rule : null,
            ReviewGrade = Enum<Grade>("reviewGrade"),
            Grade = Enum<Grade>("grade"),
            Band = Number("band"),
            Within = Number("within"),
            Search = query["search"].ToString() is { Length: > 0 } search ? search : null,
            Sort = Enum<DepartmentSort>("sort"),
            Desc = Flag("desc"),
        };
        return ValueTask.FromResult<FilterInput?>(input with { Invalid = invalid });
    }

    public DepartmentFilter ToFilter() => new()
    {
        Stage = Stage,
        Status = Status,
        Overdue = Overdue,
        Rule = Rule is { Length: > 100 } ? Rule[..100] : Rule,
        ReviewGrade = ReviewGrade,
        Grade = Grade,
        ScoreBand = Band is { } b ? Math.Clamp(b, 0, 9) : null,
        Within = Within,
        Search = Search is { Length: > 200 } ? Search[..200] : Search,
        Sort = Sort ?? DepartmentSort.Name,
        Descending = Desc,
    };
}
