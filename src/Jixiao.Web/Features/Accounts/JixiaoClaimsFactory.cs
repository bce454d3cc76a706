using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Features.Accounts;

/// <summary>Puts the user's role, department and region into the sign-in, so that scope checks need no user lookup.</summary>
public sealed class JixiaoClaimsFactory(UserManager<JixiaoUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<JixiaoUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(JixiaoUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserAccess.RoleClaim, user.Role.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.DepartmentId is { } department)
        {
            identity.AddClaim(new Claim(UserAccess.DepartmentClaim, department.ToString(CultureInfo.InvariantCulture)));
        }
        if (user.RegionId is { } region)
        {
            identity.AddClaim(new Claim(UserAccess.RegionClaim, region.ToString(CultureInfo.InvariantCulture)));
        }
        return identity;
    }
}
