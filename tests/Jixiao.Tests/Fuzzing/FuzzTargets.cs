using System.Text;
using Jixiao.Evaluation.Actuals;
using Jixiao.Evaluation.Policy;
using Jixiao.Formats;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Docx;
using Jixiao.Formats.Html;
using Jixiao.Formats.Json;
using Jixiao.Formats.Xlsx;

namespace Jixiao.Tests.Fuzzing;

/// <summary>One reader under fuzzing: the files it starts from and how one input is read.</summary>
internal sealed record FuzzTarget(string Name, string Extension, Func<IReadOnlyList<byte[]>> Seeds, Action<byte[]> Read);

/// <summary>
/// Every reader of untrusted files: the disclosure text and text copies, our JSON (goals and scoring policy), actuals
/// CSV and JSON, Word, Excel (goals and 自评表 actuals), saved web pages and PDF. Each reads through the same entry
/// point the CLI and the web app use.
/// </summary>
internal static class FuzzTargets
{
    public static readonly FuzzTarget[] All =
    [
        new("text", ".txt", () => [.. Files(".txt")], bytes => Document(bytes, "fuzz.txt")),
        new("json", ".json", JsonSeeds, bytes =>
        {
            Document(bytes, "fuzz.json");
            ScoringPolicyReader.Read(bytes, "policy.json");
            ActualsReader.Read(bytes, "actuals.json", Samples.Published());
        }),
        new("csv", ".csv", () => [File.ReadAllBytes(Samples.PathOf(Samples.PublishedActuals)), .. Files(".tabs.txt").Take(1)],
            bytes => ActualsReader.Read(bytes, "actuals.csv", Samples.Published())),
        new("docx", ".docx", () => [DocxWriter.Write(Samples.Seed()), .. Files(".docx")], bytes =>
        {
            Document(bytes, "fuzz.docx");
            ActualsReader.Read(bytes, "actuals.docx", Samples.Published());
        }),
        new("xlsx", ".xlsx", () => [XlsxWriter.Write(Samples.Seed()), File.ReadAllBytes(Samples.PathOf("procuratorate-2020-self-evaluation.xlsx")), .. Files(".xlsx")], bytes =>
        {
            Document(bytes, "fuzz.xlsx");
            ActualsReader.Read(bytes, "actuals.xlsx", Samples.Published());
        }),
        new("html", ".html", () => [Encoding.UTF8.GetBytes(HtmlWriter.Write(Samples.Seed())), .. Files(".html")], bytes => Document(bytes, "fuzz.html")),
        new("pdf", ".pdf", () => [.. Files(".pdf")], bytes => Document(bytes, "fuzz.pdf")),
    ];

    public static FuzzTarget Named(string name) => All.Single(t => t.Name == name);

    public static TheoryData<string> Names() => [.. All.Select(t => t.Name)];

    private static void Document(byte[] bytes, string name) => DocumentReader.Read(bytes, new DisclosureReadOptions(name));

    private static List<byte[]> JsonSeeds() =>
    [
        CanonicalJson.Serialize(Samples.Seed()),
        CanonicalJson.Serialize(Samples.Published()),
        Encoding.UTF8.GetBytes(DefaultPolicy.Json),
        Encoding.UTF8.GetBytes("""{"funds":[{"name":"办案业务经费","budget":{"unit":"万元","initial":120,"executed":"114","reason":"延期"},"indicators":[{"name":"案件流转率","actual":"98%","score":15}]}]}"""),
    ];

    private static IEnumerable<byte[]> Files(string ending)
    {
        var folders = new[] { Path.Combine(AppContext.BaseDirectory, "samples"), Path.Combine(AppContext.BaseDirectory, "corpus", "files") };
        return folders.Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => f.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes);
    }
}
