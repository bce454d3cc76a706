using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Security;

/// <summary>
/// Every endpoint and page × every role × own and other department, asserting the exact status. The table
/// below is the specification: an endpoint that is mapped but not in it, or mapped without a policy, fails.
/// Requests carry an empty body and no antiforgery token, so an allowed change answers 400 (or 409 for a stale
/// delete) and nothing is written; a refused one answers 302 to the sign-in page (pages) or 401 (API) when
/// anonymous, 404 for a department outside the user's scope, and 403 for a role that may not do it.
/// Columns: anonymous, then admin (given both duties), reviewer, editor, viewer, auditor and manager (an administrator
/// without duties), each as own/other department (one value where the route names no department). The manager reads
/// every department and manages users and regions but changes no department's data (403). The auditor (审计员) reads
/// the whole trail and verifies it (/api/v1/audit) and nothing else; nobody else reads the whole trail there. The
/// public pages and downloads (/public, /api/v1/public) allow everyone; nothing is published here, so a department's disclosure is 404 for every role (PublicationTests cover the published case).
/// </summary>
public sealed partial class AuthorizationMatrixTests(TestApps apps)
{
    private const string Expected = """
        DELETE /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/{indicatorId:int} | 401 | 409 409 | 403 404 | 409 404 | 403 404 | 404 404 | 403 403
        DELETE /api/v1/departments/{departmentId:int}/years/{year:int}/workbook/{id:guid} | 401 | 404 404 | 403 404 | 404 404 | 403 404 | 404 404 | 403 403
        DELETE /api/v1/imports/{id:guid} | 401 | 404 | 404 | 404 | 403 | 403 | 403
        GET / | 302 | 200 | 200 | 200 | 200 | 403 | 200
        GET /account/denied | 302 | 403 | 403 | 403 | 403 | 403 | 403
        GET /account/sign-in | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /account/sign-out | 302 | 302 | 302 | 302 | 302 | 302 | 302
        GET /admin/regions | 302 | 200 | 403 | 403 | 403 | 403 | 200
        GET /admin/users | 302 | 200 | 403 | 403 | 403 | 403 | 200
        GET /admin/users/new | 302 | 200 | 403 | 403 | 403 | 403 | 200
        GET /admin/users/{id:guid} | 302 | 404 | 403 | 403 | 403 | 403 | 404
        GET /api/favicon.svg | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /api/scalar.aspnetcore.js | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /api/scalar.js | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /api/v1/audit/ | 401 | 403 | 403 | 403 | 403 | 200 | 403
        GET /api/v1/audit/verify | 401 | 403 | 403 | 403 | 403 | 200 | 403
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/ | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/audit | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/evaluation | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/evaluation/export | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/export | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/findings | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int} | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/{indicatorId:int} | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/workbook/{id:guid} | 401 | 404 404 | 403 404 | 404 404 | 403 404 | 404 404 | 403 403
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/workflow/ | 401 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /api/v1/departments/{departmentId:int}/years/{year:int}/workflow/redline | 401 | 400 400 | 400 404 | 400 404 | 400 404 | 404 404 | 400 400
        GET /api/v1/imports/{id:guid} | 401 | 404 | 404 | 404 | 403 | 403 | 403
        GET /api/v1/public/ | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /api/v1/public/{year:int}/departments | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /api/v1/public/{year:int}/departments/{departmentId:int} | 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404
        GET /api/v1/public/{year:int}/departments/{departmentId:int}/evaluation | 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404
        GET /api/v1/regions/ | 401 | 200 | 200 | 403 | 403 | 403 | 200
        GET /api/v1/regions/{regionId:int}/years/{year:int} | 401 | 200 200 | 200 404 | 403 403 | 403 403 | 403 403 | 200 200
        GET /api/v1/regions/{regionId:int}/years/{year:int}/departments | 401 | 200 200 | 200 404 | 403 403 | 403 403 | 403 403 | 200 200
        GET /api/v1/regions/{regionId:int}/years/{year:int}/departments/export | 401 | 200 200 | 200 404 | 403 403 | 403 403 | 403 403 | 200 200
        GET /api/v1/years/ | 401 | 200 | 200 | 200 | 200 | 403 | 200
        GET /api/v1/years/{year:int}/departments | 401 | 200 | 200 | 200 | 200 | 403 | 200
        GET /api/{documentName?} | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /departments/{departmentId:int}/years/{year:int} | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int} | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/evaluation | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/goals | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/new | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/{indicatorId:int}/edit | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/goals | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/print | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /departments/{departmentId:int}/years/{year:int}/workbook | 302 | 200 200 | 403 404 | 200 404 | 403 404 | 404 404 | 403 403
        GET /departments/{departmentId:int}/years/{year:int}/workbook/{id:guid} | 302 | 404 404 | 403 404 | 404 404 | 403 404 | 404 404 | 403 403
        GET /departments/{departmentId:int}/years/{year:int}/workflow | 302 | 200 200 | 200 404 | 200 404 | 200 404 | 404 404 | 200 200
        GET /healthz | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /import | 302 | 200 | 200 | 200 | 403 | 403 | 403
        GET /import/{id:guid} | 302 | 404 | 404 | 404 | 403 | 403 | 403
        GET /language/{language} | 302 | 302 | 302 | 302 | 302 | 302 | 302
        GET /openapi/{documentName}.json | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /public/{year:int?} | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /public/{year:int}/{departmentId:int} | 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404
        GET /readyz | 200 | 200 | 200 | 200 | 200 | 200 | 200
        GET /regions/{regionId:int?} | 302 | 200 200 | 200 404 | 403 403 | 403 403 | 403 403 | 200 200
        GET /regions/{regionId:int}/departments | 302 | 200 200 | 200 404 | 403 403 | 403 403 | 403 403 | 200 200
        POST / | 302 | 400 | 400 | 400 | 400 | 403 | 400
        POST /account/denied | 302 | 400 | 400 | 400 | 400 | 403 | 400
        POST /account/sign-in | 400 | 400 | 400 | 400 | 400 | 400 | 400
        POST /account/sign-out | 400 | 400 | 400 | 400 | 400 | 400 | 400
        POST /admin/regions | 302 | 400 | 403 | 403 | 403 | 403 | 400
        POST /admin/users | 302 | 400 | 403 | 403 | 403 | 403 | 400
        POST /admin/users/new | 302 | 400 | 403 | 403 | 403 | 403 | 400
        POST /admin/users/{id:guid} | 302 | 400 | 403 | 403 | 403 | 403 | 400
        POST /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/ | 401 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /api/v1/departments/{departmentId:int}/years/{year:int}/workbook/ | 401 | 415 415 | 415 415 | 415 415 | 415 415 | 403 403 | 415 415
        POST /api/v1/departments/{departmentId:int}/years/{year:int}/workbook/{id:guid}/commit | 401 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /api/v1/departments/{departmentId:int}/years/{year:int}/workflow/{step} | 401 | 422 422 | 403 404 | 422 404 | 403 404 | 404 404 | 403 403
        POST /api/v1/imports/ | 401 | 415 | 415 | 415 | 415 | 403 | 415
        POST /api/v1/imports/{id:guid}/commit | 401 | 404 | 404 | 404 | 403 | 403 | 403
        POST /api/v1/session | 400 | 400 | 400 | 400 | 400 | 400 | 400
        POST /api/v1/targets/interpret | 401 | 200 | 200 | 200 | 200 | 403 | 200
        POST /departments/{departmentId:int}/years/{year:int} | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int} | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/evaluation | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/goals | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/new | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/{indicatorId:int}/edit | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/goals | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/print | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/workbook | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/workbook/{id:guid} | 302 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        POST /departments/{departmentId:int}/years/{year:int}/workflow | 302 | 400 400 | 400 404 | 400 404 | 400 404 | 404 404 | 400 400
        POST /import | 302 | 400 | 400 | 400 | 403 | 403 | 403
        POST /import/{id:guid} | 302 | 400 | 400 | 400 | 403 | 403 | 403
        POST /public/{year:int?} | 400 | 400 | 400 | 400 | 400 | 400 | 400
        POST /public/{year:int}/{departmentId:int} | 400 | 400 400 | 400 400 | 400 400 | 400 400 | 400 400 | 400 400
        POST /regions/{regionId:int?} | 302 | 400 400 | 400 400 | 403 403 | 403 403 | 403 403 | 400 400
        POST /regions/{regionId:int}/departments | 302 | 400 400 | 400 400 | 403 403 | 403 403 | 403 403 | 400 400
        PUT /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/actuals | 401 | 204 204 | 403 404 | 204 404 | 403 404 | 404 404 | 403 403
        PUT /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/goals | 401 | 200 200 | 403 404 | 200 404 | 403 404 | 404 404 | 403 403
        PUT /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/order | 401 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        PUT /api/v1/departments/{departmentId:int}/years/{year:int}/funds/{fundId:int}/indicators/{indicatorId:int} | 401 | 400 400 | 403 404 | 400 404 | 403 404 | 404 404 | 403 403
        PUT /api/v1/departments/{departmentId:int}/years/{year:int}/goals | 401 | 200 200 | 403 404 | 200 404 | 403 404 | 404 404 | 403 403
        """;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_endpoint_answers_each_role_exactly_as_specified(DatabaseKind kind)
    {
        await using var fixture = await AccessFixture.StartAsync(apps, kind);
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var unpoliced = endpoints.Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null)
                                             && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(unpoliced.Count == 0, "Endpoints without an authorization policy: " + string.Join(", ", unpoliced));

        var actual = new List<string>();
        foreach (var (method, pattern) in Requests(endpoints))
        {
            var line = new StringBuilder($"{method} {pattern}");
            foreach (var role in AccessFixture.Roles)
            {
                var places = role == "anonymous" || !(pattern.Contains("{departmentId", StringComparison.Ordinal) || pattern.Contains("{regionId", StringComparison.Ordinal))
                    ? [fixture.Own] : new[] { fixture.Own, fixture.Other };
                var statuses = new List<int>();
                foreach (var place in places)
                {
                    statuses.Add(await StatusAsync(fixture.Clients[role], method, Url(pattern, place)));
                }
                line.Append(" | ").AppendJoin(' ', statuses);
            }
            actual.Add(line.ToString());
        }

        await File.WriteAllLinesAsync(Path.Combine(Browser.BrowserSession.ScreenshotFolder, "..", $"authorization-matrix-{kind}.txt"), actual, TestContext.Current.CancellationToken);
        var expected = Expected.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
    }

    /// <summary>(method, pattern) of every endpoint, sorted; pages take GET and POST.</summary>
    private static IEnumerable<(string Method, string Pattern)> Requests(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
                return methods.Select(method => (method, pattern));
            })
            .Distinct()
            .OrderBy(r => r.method, StringComparer.Ordinal).ThenBy(r => r.pattern, StringComparer.Ordinal);

    private static string Url(string pattern, AccessFixture.Place place)
    {
        var url = Parameter().Replace(pattern, m => m.Groups[1].Value switch
        {
            "departmentId" => place.DepartmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "regionId" => place.RegionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "year" => place.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "fundId" => place.FundId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "indicatorId" => place.IndicatorId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" => Guid.NewGuid().ToString(),
            "language" => "zh",
            "documentName" => "v1",
            "step" => "submit",
            var other => throw new InvalidOperationException($"No test value for route parameter {other} in {pattern}."),
        });
        return url.EndsWith("/indicators/" + place.IndicatorId, StringComparison.Ordinal) ? url + "?version=999" : url;
    }

    private static async Task<int> StatusAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = url.StartsWith("/api/", StringComparison.Ordinal) ? JsonContent.Create(new { }) : new FormUrlEncodedContent([]);
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (int)response.StatusCode;
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}=?]*)?(?:=[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
