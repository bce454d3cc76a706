using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data.Accounts;
using Jixiao.Web.Features.Accounts;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Administration;

/// <summary>What a page answered: the status, where it redirects (if it does), the HTML, and whether it may be stored (Cache-Control: no-store).</summary>
public sealed record PageAnswer(HttpStatusCode Status, string? Location, string Html, bool NoStore);

/// <summary>A user created on 新增用户: its id and the password the page showed once.</summary>
public sealed record ShownUser(string Id, string UserName, string Password);

/// <summary>
/// 系统管理 through its forms, as an administrator's browser uses it: a cookie session, the antiforgery token of the
/// page, form fields by their names. A thin page object: it posts and reads, the tests assert.
/// </summary>
public sealed partial class AdminPages(HttpClient browser, string userName)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Browser { get; } = browser;

    /// <summary>The signed-in administrator's user name.</summary>
    public string UserName { get; } = userName;

    /// <summary>A new administrator of the app, signed in through the sign-in form.</summary>
    public static async Task<AdminPages> SignInAsync(JixiaoApp app)
    {
        var name = Unique("admin-");
        var password = await app.AddAsync(name, UserRole.Administrator);
        return new AdminPages(await CookieSession.SignInAsync(app, name, password), name);
    }

    public async Task<PageAnswer> GetAsync(string url)
    {
        using var response = await Browser.GetAsync(url, Ct);
        return await AnswerAsync(response);
    }

    /// <summary>Posts a form of the page at <paramref name="url"/> (to its <paramref name="handler"/>, if any) with the page's antiforgery token.</summary>
    public async Task<PageAnswer> PostAsync(string url, string? handler, IReadOnlyDictionary<string, string>? fields = null)
    {
        var token = PageForms.Token(await Browser.GetStringAsync(url, Ct));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token });
        using var response = await Browser.PostAsync(handler is null ? url : $"{url}?handler={handler}", content, Ct);
        return await AnswerAsync(response);
    }

    /// <summary>Fills in 新增用户 and submits it.</summary>
    public Task<PageAnswer> SubmitNewUserAsync(string userName, UserRole? role, string? department = null, string? region = null, string? displayName = null) =>
        PostAsync("/admin/users/new", null, new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = displayName ?? "", ["Input.Role"] = role?.ToString() ?? "",
            ["Input.Department"] = department ?? "", ["Input.Region"] = region ?? "",
        });

    /// <summary>Creates a user on 新增用户 and reads the id and the one-time password from the answer.</summary>
    public async Task<ShownUser> CreateUserAsync(string userName, UserRole role, string? department = null, string? region = null)
    {
        var answer = await SubmitNewUserAsync(userName, role, department, region);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return Shown(answer, userName);
    }

    /// <summary>The user 新增用户 answers it created: the id from its link and the password it shows.</summary>
    public static ShownUser Shown(PageAnswer answer, string userName)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new ShownUser(UserLink().Match(answer.Html).Groups[1].Value, userName, PasswordIn(answer.Html));
    }

    /// <summary>Posts one of a user's forms (<c>Role</c>, <c>Password</c>, <c>Unlock</c>, <c>Disable</c>, <c>Enable</c>, <c>Delete</c>).</summary>
    public Task<PageAnswer> UserActionAsync(string id, string handler, IReadOnlyDictionary<string, string>? fields = null) =>
        PostAsync($"/admin/users/{id}", handler, fields);

    public Task<PageAnswer> ChangeRoleAsync(string id, UserRole role, string? department = null, string? region = null) =>
        UserActionAsync(id, "Role", new Dictionary<string, string>
        {
            ["Input.Role"] = role.ToString(), ["Input.Department"] = department ?? "", ["Input.Region"] = region ?? "",
        });

    /// <summary>The id of the user of that name, from the users list searched by it.</summary>
    public async Task<string> UserIdAsync(string userName)
    {
        var list = await Browser.GetStringAsync("/admin/users?search=" + Uri.EscapeDataString(userName), Ct);
        return Regex.Match(list, $"href=\"/admin/users/([0-9a-f-]{{36}})\">{Regex.Escape(userName)}</a>").Groups[1].Value;
    }

    public Task<PageAnswer> CreateRegionAsync(string name, string bureau) =>
        PostAsync("/admin/regions", "Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.FinanceBureau"] = bureau });

    /// <summary>The id of the region of that name, from its 加入部门 form on 区划管理.</summary>
    public async Task<int> RegionIdAsync(string name)
    {
        var page = await Browser.GetStringAsync("/admin/regions", Ct);
        var id = Regex.Match(page, $"<label for=\"add-(\\d+)\" class=\"visually-hidden\">[^<]*{Regex.Escape(name)}[^<]*</label>").Groups[1].Value;
        return int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<PageAnswer> AddDepartmentAsync(int regionId, string department) =>
        PostAsync("/admin/regions", "Add", new Dictionary<string, string> { ["regionId"] = $"{regionId}", ["department"] = department });

    public Task<PageAnswer> RemoveDepartmentAsync(int regionId, int departmentId) =>
        PostAsync("/admin/regions", "Remove", new Dictionary<string, string> { ["regionId"] = $"{regionId}", ["departmentId"] = $"{departmentId}" });

    /// <summary>A name no other test uses (tests share the app).</summary>
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The password a page shows once.</summary>
    public static string PasswordIn(string html) => OneTimePassword().Match(html).Groups[1].Value;

    /// <summary>The validation message a page shows next to the field (or form) named <paramref name="field"/>; empty when none.</summary>
    public static string MessageFor(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value);

    private static async Task<PageAnswer> AnswerAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(Ct), response.Headers.CacheControl?.NoStore == true);

    [GeneratedRegex("id=\"one-time-password\">([^<]+)</code>")]
    private static partial Regex OneTimePassword();

    [GeneratedRegex("href=\"/admin/users/([0-9a-f-]{36})\"")]
    private static partial Regex UserLink();
}
