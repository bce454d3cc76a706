using Jixiao.Data.Administration;

namespace Jixiao.Web.Features.Administration;

/// <summary>What <c>_OneTimePassword</c> shows: whose password, the password, and a heading saying what happened.</summary>
public sealed record OneTimePasswordView(string UserName, string Password, string Heading);

/// <summary>What <c>_RoleFields</c> shows: the form's values and what can be chosen.</summary>
public sealed record RoleFieldsView(RoleForm Form, ScopeChoices Choices);
