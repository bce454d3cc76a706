namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// 操作人 — who the audit trail names for the changes being saved now. The web app answers from the signed-in
/// user (the web app's <c>HttpAuditActor</c>); the CLI and start-up work (migrations, demo data) are <c>system</c>.
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
