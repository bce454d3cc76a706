using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Base of the integration tests: the shared app of a database kind and an API client on it, signed in as an administrator.</summary>
public abstract class IntegrationTest(TestApps apps)
{
    protected TestApps Apps { get; } = apps;

    protected async Task<ApiClient> ClientAsync(DatabaseKind kind)
    {
        var app = await Apps.AppAsync(kind);
        return new ApiClient(await app.ClientAsAsync(UserRole.Administrator));
    }
}
