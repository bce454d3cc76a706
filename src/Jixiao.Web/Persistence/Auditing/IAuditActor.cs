namespace Jixiao.Web.Persistence.Auditing;

/// <summary>
/// 操作人 — who the audit trail names for the changes being saved now. The web app answers from the signed-in
/// user (<see cref="HttpAuditActor"/>); the CLI and start-up work (migrations, demo data) are <c>system</c>.
/// </summary>
public interface IAuditActor
{
    string Name { get; }
}

/// <summary>No user: work the system does by itself (start-up, demo data, command line).</summary>
public sealed class SystemActor : IAuditActor
{
    public const string SystemName = "system";

    public string Name => SystemName;
}

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
