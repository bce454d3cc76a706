using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Jixiao.Web.Features.Accounts;

/// <summary>
/// The authorization policies. Every page and endpoint names one (or allows anonymous access on purpose);
/// the authorization matrix test fails for an endpoint that does neither. Department routes are checked
/// against the user's scope by <see cref="DepartmentAccessHandler"/>: another department's ids answer 404.
/// </summary>
public static class Policies
{
    /// <summary>Sees the route's department (or, on routes without one, is signed in).</summary>
    public const string Read = "read";

    /// <summary>Changes the route's department: its editor or an administrator (on routes without one: anyone who may import).</summary>
    public const string Edit = "edit";

    /// <summary>Pages with forms: reading needs <see cref="Read"/>, posting needs <see cref="Edit"/>.</summary>
    public const string Work = "work";

    /// <summary>Reviews the route's department: its region's finance reviewer or an administrator.</summary>
    public const string Review = "review";

    /// <summary>System administration: users, regions.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// 区划汇总: a region's pages, for finance reviewers and administrators; which regions is the query's rule
    /// (<see cref="UserAccess.VisibleRegions"/>): a region outside the user's answers 404.
    /// </summary>
    public const string Bureau = "bureau";

    /// <summary>审计: reading the whole audit trail and verifying its chain (the auditor alone).</summary>
    public const string Audit = "audit";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().AddRequirements(new DepartmentRequirement(DepartmentAction.Read)));
        options.AddPolicy(Edit, p => p.RequireAuthenticatedUser().AddRequirements(new DepartmentRequirement(DepartmentAction.Edit)));
        options.AddPolicy(Work, p => p.RequireAuthenticatedUser().AddRequirements(new DepartmentRequirement(DepartmentAction.Work)));
        options.AddPolicy(Review, p => p.RequireAuthenticatedUser().AddRequirements(new DepartmentRequirement(DepartmentAction.Review)));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireClaim(UserAccess.RoleClaim, nameof(UserRole.Administrator)));
        options.AddPolicy(Bureau, p => p.RequireAuthenticatedUser()
            .RequireClaim(UserAccess.RoleClaim, nameof(UserRole.Administrator), nameof(UserRole.FinanceReviewer)));
        options.AddPolicy(Audit, p => p.RequireAuthenticatedUser().RequireClaim(UserAccess.RoleClaim, nameof(UserRole.Auditor)));
        // Anything mapped without a policy still needs a signed-in user; the matrix test insists on an explicit one.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}

/// <summary>What a request wants to do with the department its route names.</summary>
public enum DepartmentAction
{
    Read,
    Edit,
    /// <summary>GET and HEAD read; every other method edits.</summary>
    Work,
    Review,
}

public sealed record DepartmentRequirement(DepartmentAction Action) : IAuthorizationRequirement;
