using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// The one place where a feature's <see cref="Failure"/> becomes HTTP: RFC 9457 problem details with the
/// message in the request's language, the wrong field in <c>errors</c> (and <c>field</c>), and for
/// conflicts the row as it is now in <c>current</c>.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult ToProblem(this Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var detail = failure.Message.Format(UiText.Culture);
        var (status, titleKey) = failure.Kind switch
        {
            FailureKind.NotFound => (StatusCodes.Status404NotFound, "Web.Problem.NotFound"),
            FailureKind.Invalid => (StatusCodes.Status400BadRequest, "Web.Problem.Invalid"),
            FailureKind.Conflict => (StatusCodes.Status409Conflict, "Web.Problem.Conflict"),
            FailureKind.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Web.Problem.TooLarge"),
        };
        var extensions = new Dictionary<string, object?>();
        if (failure.Field is { } field)
        {
            extensions["field"] = field;
            extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }
        if (failure.Current is { } current)
        {
            extensions["current"] = current;
        }
        return TypedResults.Problem(detail, statusCode: status, title: Diagnostics.LocalizedText.Get(titleKey, UiText.Culture), extensions: extensions);
    }

    /// <summary>429 for a sign-in beyond what one address may try in a minute (<see cref="Features.Accounts.SignInLimiter"/>).</summary>
    public static ProblemHttpResult TooManySignIns() => TypedResults.Problem(
        Diagnostics.LocalizedText.Get("Web.Problem.TooManySignInsDetail", UiText.Culture), statusCode: StatusCodes.Status429TooManyRequests,
        title: Diagnostics.LocalizedText.Get("Web.Problem.TooManySignIns", UiText.Culture));

    /// <summary>503 for an upload beyond the ones being read and waiting (<see cref="UploadLimiter"/>).</summary>
    public static ProblemHttpResult Busy() => TypedResults.Problem(
        Diagnostics.LocalizedText.Get("Web.Problem.BusyDetail", UiText.Culture), statusCode: StatusCodes.Status503ServiceUnavailable,
        title: Diagnostics.LocalizedText.Get("Web.Problem.Busy", UiText.Culture));
}
