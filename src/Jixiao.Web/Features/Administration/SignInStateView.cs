using System.Globalization;
using Jixiao.Data.Administration;

namespace Jixiao.Web.Features.Administration;

/// <summary>What <c>_SignInState</c> shows of a user at a moment: disabled, locked out until when, or able to sign in.</summary>
public sealed record SignInStateView(UserRow User, DateTimeOffset Now)
{
    /// <summary>China Standard Time (UTC+8, no daylight saving), where the users are.</summary>
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The end of a lockout as <c>yyyy-MM-dd HH:mm</c> in China Standard Time.</summary>
    public string LockedUntil => User.LockoutEnd?.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
