using Jixiao.Data.Accounts;
using Jixiao.Data.Administration;
using Jixiao.Data.Common;
using Jixiao.Web.Common;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jixiao.Web.Features.Administration;

/// <summary>The fields of 角色与范围 (the role as its name, e.g. <c>DepartmentEditor</c>; department and region by name).</summary>
public class RoleForm
{
    public string? Role { get; set; }

    public string? Department { get; set; }

    public string? Region { get; set; }

    public RoleInput ToInput() =>
        new(Enum.TryParse<UserRole>(Role, ignoreCase: false, out var role) && Enum.IsDefined(role) ? role : null, Department, Region);

    public static RoleForm From(UserRow user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new() { Role = user.Role.ToString(), Department = user.Department, Region = user.Region };
    }
}

/// <summary>The fields of 新增用户.</summary>
public sealed class NewUserForm : RoleForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public NewUserInput ToNewUser() => new(UserName, DisplayName, ToInput());
}

/// <summary>Where a command's refusal goes in a page: <c>department</c> of a form bound as <c>Input</c> is next to <c>Input.Department</c>.</summary>
public static class FormFailures
{
    /// <summary>Adds the refusal next to its field when the form has it (<paramref name="formFields"/>), else under <paramref name="otherwise"/>.</summary>
    public static void AddTo(this Failure failure, ModelStateDictionary state, UiText text, string prefix, IReadOnlyCollection<string> formFields, string otherwise = "")
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(formFields);
        var key = failure.Field is { Length: > 0 } field && formFields.Contains(field) ? $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}" : otherwise;
        state.AddModelError(key, text.Format(failure.Message));
    }
}
