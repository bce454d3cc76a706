using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Jixiao.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jixiao.Data.Persistence.Auditing;

/// <summary>
/// Reads what a save will change from the change tracker: for every audited entity (regions, departments, performance years,
/// goal sets, funds, indicators, measurements, budget figures, workflows, versions, users) the action and the old and new values of the properties that changed.
/// A goal set added as a whole (import, demo data) is one record with its size, not one per fund and indicator.
/// Users are recorded by an allowlist (<see cref="UserProperties"/>): a password hash, security or concurrency stamp
/// or any token never reaches the trail, and a change of those alone (a new password, a failed sign-in) makes no
/// record; the feature notes a password reset itself.
/// </summary>
internal static class ChangeCapture
{
    /// <summary>Bookkeeping, not content: revision counters, concurrency versions, the frozen snapshot (its own record says it was made).</summary>
    private static readonly HashSet<string> Ignored = ["Id", "Revision", "Version", "Snapshot"];

    /// <summary>What the trail says about a user: who, which role over what, and whether sign-in is locked or disabled.</summary>
    private static readonly HashSet<string> UserProperties =
        [nameof(JixiaoUser.UserName), nameof(JixiaoUser.DisplayName), nameof(JixiaoUser.Role), nameof(JixiaoUser.DepartmentId),
         nameof(JixiaoUser.RegionId), nameof(JixiaoUser.IsDemo), nameof(JixiaoUser.LockoutEnd)];

    /// <summary>Enums by name, as the tables store them: a role reads <c>Administrator</c>, not a number that reordering would change.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string? KindOf(object entity) => entity switch
    {
        StoredRegion => "region",
        StoredDepartment => "department",
        StoredPerformanceYear => "performance-year",
        StoredGoalSet => "goal-set",
        StoredFund => "fund",
        StoredIndicator => "indicator",
        StoredMeasurement => "measurement",
        StoredFundBudget => "fund-budget",
        StoredWorkflow => "workflow",
        StoredGoalSetVersion => "version",
        JixiaoUser => "user",
        _ => null,
    };

    /// <summary>Whether the save about to start changes anything the trail records.</summary>
    public static bool HasAuditedChanges(DbContext db) => db.ChangeTracker.Entries()
        .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && KindOf(e.Entity) is not null);

    /// <summary>Adds the changes of the save about to start to <paramref name="session"/>, and the tracked rows that tell their scope.</summary>
    public static void Capture(DbContext db, AuditSession session)
    {
        // Entries() detects changes first (unless the caller turned that off and detects them itself).
        var all = db.ChangeTracker.Entries().ToList();
        session.Known.AddRange(all.Select(e => e.Entity).Where(e => e is StoredPerformanceYear or StoredGoalSet or StoredFund or StoredIndicator or StoredWorkflow));
        var entries = all
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && KindOf(e.Entity) is not null)
            .ToList();
        var partOfNewGoalSet = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var goalSet in entries.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<StoredGoalSet>())
        {
            foreach (var fund in goalSet.Funds)
            {
                partOfNewGoalSet.Add(fund);
                partOfNewGoalSet.UnionWith(fund.Indicators);
            }
        }
        var changes = session.Changes;
        foreach (var entry in entries.Where(e => !partOfNewGoalSet.Contains(e.Entity)))
        {
            var kind = KindOf(entry.Entity)!;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new TrackedChange(entry, kind, "create", null, null));
                    break;
                case EntityState.Deleted:
                    changes.Add(new TrackedChange(entry, kind, "delete", Values(entry, p => true, original: true), null));
                    break;
                default:
                    // By name: EntityEntry.Properties makes new PropertyEntry objects on every call.
                    var modified = entry.Properties.Where(p => p.IsModified && Audited(entry, p) && !Same(p.OriginalValue, p.CurrentValue))
                        .Select(p => p.Metadata.Name).ToHashSet(StringComparer.Ordinal);
                    if (modified.Count > 0)
                    {
                        changes.Add(new TrackedChange(entry, kind, "update",
                            Values(entry, p => modified.Contains(p.Metadata.Name), original: true), Values(entry, p => modified.Contains(p.Metadata.Name), original: false)));
                    }
                    break;
            }
        }
    }

    /// <summary>The new values of an added row, read after the save; a whole goal set is summarised.</summary>
    public static string ValuesAfterCreate(EntityEntry entry) => entry.Entity is StoredGoalSet goalSet
        ? JsonSerializer.Serialize(new { year = goalSet.PerformanceYear.Year, funds = goalSet.Funds.Count, indicators = goalSet.Funds.Sum(f => f.Indicators.Count) }, Json)
        : Values(entry, p => true, original: false);

    /// <summary>Whether a property's values go into the trail: content, not bookkeeping, and of a user only the allowlisted ones.</summary>
    private static bool Audited(EntityEntry entry, PropertyEntry property) => entry.Entity is JixiaoUser
        ? UserProperties.Contains(property.Metadata.Name)
        : !Ignored.Contains(property.Metadata.Name);

    /// <summary>Equal values; arrays (the goal lists) by their items.</summary>
    private static bool Same(object? a, object? b) =>
        a is string[] x && b is string[] y ? x.SequenceEqual(y, StringComparer.Ordinal) : Equals(a, b);

    private static string Values(EntityEntry entry, Func<PropertyEntry, bool> include, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => Audited(entry, p) && include(p)))
        {
            values[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = original ? property.OriginalValue : property.CurrentValue;
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
