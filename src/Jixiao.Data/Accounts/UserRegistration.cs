using Jixiao.Data.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Accounts;

/// <summary>ASP.NET Core Identity's user store on <see cref="JixiaoDb"/>, for the web app and the <c>jixiao user</c> verbs alike.</summary>
public static class UserRegistration
{
    /// <summary>Users and their password and lockout rules: what the web app and <c>jixiao user add</c> share.</summary>
    public static IdentityBuilder AddJixiaoUsers(this IServiceCollection services) =>
        services.AddIdentityCore<JixiaoUser>(o =>
            {
                // Length over composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<JixiaoDb>();
}
