using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Real users with real (random) passwords in a test app, and clients signed in as them with a bearer token.</summary>
public static class TestUsers
{
    /// <summary>
    /// Creates a user with a random password and answers the password. An administrator is given both duties (填报 and
    /// 审核, as most tests have them do everything) unless <paramref name="duties"/> is false: a pure manager of users.
    /// </summary>
    public static async Task<string> AddAsync(this JixiaoApp app, string userName, UserRole role, int? departmentId = null, int? regionId = null, bool duties = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var password = "pw-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>();
        var user = new JixiaoUser(userName, userName, role, departmentId, regionId);
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded && role == UserRole.Administrator && duties)
        {
            created = await AdministratorDuties.GiveAsync(users, user, AdministratorDuties.All);
        }
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return password;
    }

    /// <summary>A client that signs in through POST /api/v1/session and sends the bearer token with every request.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this JixiaoApp app, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = app.IsKestrel ? app.ServerAddress : new Uri("http://localhost") });
        using var response = await client.PostAsJsonAsync("/api/v1/session", new { userName, password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new user of the role and a client signed in as them.</summary>
    public static async Task<HttpClient> ClientAsAsync(this JixiaoApp app, UserRole role, int? departmentId = null, int? regionId = null, bool duties = true)
    {
        var name = $"{role}-{Guid.NewGuid():N}"[..40];
        var password = await app.AddAsync(name, role, departmentId, regionId, duties);
        return await app.SignedInClientAsync(name, password);
    }
}
