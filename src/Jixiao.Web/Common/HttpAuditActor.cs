using Jixiao.Data.Persistence.Auditing;

namespace Jixiao.Web.Common;

/// <summary>
/// The signed-in user of the current request (<c>HttpContext.User.Identity.Name</c>); <c>anonymous</c> in a request
/// without one, <c>system</c> outside a request. Singleton: the accessor follows the request.
/// </summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public const string AnonymousName = "anonymous";

    public string Name => accessor.HttpContext is { } http
        ? http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : AnonymousName
        : SystemActor.SystemName;
}
