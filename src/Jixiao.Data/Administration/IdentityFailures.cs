using Jixiao.Data.Common;
using Jixiao.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data.Administration;

/// <summary>
/// Identity's refusals (a taken or invalid user name, a weak password) as a <see cref="Failure"/> on the field they
/// are about. Identity's own descriptions are English: the common codes have our text (<c>Web.Admin.Identity.{code}</c>).
/// </summary>
internal static class IdentityFailures
{
    private const string PasswordField = "password";

    public static Failure From(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var error = result.Errors.FirstOrDefault() ?? new IdentityError { Code = "Unknown", Description = "" };
        if (error.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
        {
            return new Failure(FailureKind.Conflict, new LocalizedText("Web.Admin.Identity.ConcurrencyFailure"));
        }
        var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : "userName";
        var key = "Web.Admin.Identity." + error.Code;
        return LocalizedText.Get(key, Cultures.Chinese) == key
            ? Failure.Invalid(field, "Web.Admin.Identity.Other", error.Description)
            : Failure.Invalid(field, key);
    }

    /// <summary>
    /// Runs Identity's steps (each saves) in order inside <paramref name="transaction"/> and commits when all succeed;
    /// the first refusal stops there, and the transaction rolls back when disposed.
    /// </summary>
    public static async Task<Failure?> AllOrNothingAsync(IDbContextTransaction transaction, CancellationToken cancellationToken, params Func<Task<IdentityResult>>[] steps)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return From(result);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
