using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Accounts;

/// <summary>
/// 职责 an administrator holds only when given explicitly (issue 13, item 2: 三员 in spirit): the administrator role
/// manages users and regions; filling in (填报) and reviewing (审核) department data are duties of their own, stored as
/// Identity user claims (<see cref="UserAccess.DutyClaim"/>) so that no column or migration is needed. The demo
/// administrator holds both, so that the one-click demo shows everything.
/// </summary>
public static class AdministratorDuties
{
    public const string Edit = "edit";

    public const string Review = "review";

    public static readonly IReadOnlyList<string> All = [Edit, Review];

    /// <summary>Gives the duties to an administrator (others hold theirs by role); answers Identity's result.</summary>
    public static async Task<IdentityResult> GiveAsync(UserManager<JixiaoUser> users, JixiaoUser user, IEnumerable<string> duties)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        var wanted = duties.Distinct(StringComparer.Ordinal).ToList();
        if (user.Role != UserRole.Administrator || wanted.Any(d => !All.Contains(d)))
        {
            return IdentityResult.Failed(new IdentityError { Code = "duty", Description = "Only an administrator is given duties: edit, review." });
        }
        var held = (await users.GetClaimsAsync(user)).Where(c => c.Type == UserAccess.DutyClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Where(d => !held.Contains(d)).Select(d => new Claim(UserAccess.DutyClaim, d)).ToList();
        return missing.Count == 0 ? IdentityResult.Success : await users.AddClaimsAsync(user, missing);
    }
}
