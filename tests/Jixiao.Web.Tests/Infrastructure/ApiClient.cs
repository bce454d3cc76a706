using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A thin client for the /api/v1 endpoints used by the tests; answers are JSON nodes to assert on.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "samples", "procuratorate-2020-budget-performance.txt");

    public HttpClient Http { get; } = http;

    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string url, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string url) => SendAsync(HttpMethod.Get, url);

    public Task<(HttpStatusCode Status, JsonNode? Body)> UploadAsync(byte[] content, string fileName, string? department = null, int? year = null)
    {
        var fields = new Dictionary<string, string>();
        if (department is not null)
        {
            fields["department"] = department;
        }
        if (year is not null)
        {
            fields["year"] = year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return PostFileAsync("/api/v1/imports", content, fileName, fields);
    }

    /// <summary>Posts a multipart form with the file in <c>file</c> and the given fields.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> PostFileAsync(string url, byte[] content, string fileName, IReadOnlyDictionary<string, string>? fields = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }
        using var response = await Http.PostAsync(url, form, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Imports the seed under a new department name and returns where it is: (departmentId, year).</summary>
    public async Task<(int DepartmentId, int Year)> ImportSeedAsync(string department)
    {
        var (status, preview) = await UploadAsync(await File.ReadAllBytesAsync(SeedPath, TestContext.Current.CancellationToken), "seed.txt", department);
        Assert.Equal(HttpStatusCode.Created, status);
        var (committed, location) = await SendAsync(HttpMethod.Post, $"/api/v1/imports/{preview!["id"]}/commit");
        Assert.Equal(HttpStatusCode.OK, committed);
        return ((int)location!["departmentId"]!, (int)location["year"]!);
    }

    /// <summary>The base URL of a department's goal set.</summary>
    public static string GoalSetUrl((int DepartmentId, int Year) at) => $"/api/v1/departments/{at.DepartmentId}/years/{at.Year}";

    public static string UniqueDepartment(string prefix = "测试县人民检察院") => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
