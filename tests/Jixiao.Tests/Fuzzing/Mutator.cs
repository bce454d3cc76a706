using System.IO.Compression;
using System.Text;

namespace Jixiao.Tests.Fuzzing;

/// <summary>
/// A seeded mutator for the fuzzing harness: byte flips, inserted and deleted runs, repeated chunks, splices of two
/// inputs and tokens that readers have choked on (full-width and other-script digits, huge numbers, control
/// characters, A1 references and spans far out of range). Zip inputs (DOCX, XLSX) are mutated part by part as well as
/// byte by byte, so that mutations reach the XML inside instead of only breaking the container.
/// </summary>
internal sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Tokens =
    [
        "２０２０年", "٢٠٢٠年", "२०२०年", "2020年", "99999999999999999999999999999999", "(99999999999999999999999999999分)",
        "（５０分）", "\0", "\u0001", "\u001b", "\uFFFF", "\uD800", "\r", "\n", "\t", "|", "  ", "年度资金总额：", "万元", "≥", "≤", "%", "％",
        "绩效目标表", "一级指标\t二级指标\t三级指标\t指标值", "产出指标", "数量指标", "1、", "（一）", "项目名称", "实际完成值", "得分",
        "r=\"A99999999\"", "r=\"XFD1048576\"", "r=\"2147483647\"", "<row r=\"99999999\">", "<c r=\"IV99999\" t=\"s\"><v>0</v></c>",
        "<mergeCell ref=\"A1:XFD1048576\"/>", "<w:gridSpan w:val=\"9999\"/>", "<w:vMerge/>", "<w:gridBefore w:val=\"2147483647\"/>",
        "<w:tbl>", "</w:tbl>", "<w:tr>", "<w:tc>", "<w:p>", "rowspan=\"99999\"", "colspan=\"99999\"", "<table>", "<tr>", "<td>",
        "\"year\": 99999999999", "\"weight\": -1", "null", "[]", "{}", "1e309", "-0", "\"\\u0000\"", ",,,,", "\"\"\"",
        "/Length 999999999", "obj", "endobj", "stream", "xref", "trailer", "/Count 99999999",
    ];

    public byte[] Mutate(byte[] input, byte[] other)
    {
        if (input.Length > 4 && input[0] == 'P' && input[1] == 'K' && _random.Next(3) > 0 && MutateZip(input, other) is { } zip)
        {
            return zip;
        }
        var data = new List<byte>(input);
        var rounds = 1 + _random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            MutateOnce(data, other);
        }
        return [.. data];
    }

    private void MutateOnce(List<byte> data, byte[] other)
    {
        var at = data.Count == 0 ? 0 : _random.Next(data.Count);
        switch (_random.Next(9))
        {
            case 0 when data.Count > 0:
                data[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[at] = (byte)_random.Next(256);
                break;
            case 2 when data.Count > 0:
                data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(64)));
                break;
            case 3:
                data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                break;
            case 4 when data.Count > 0:
                {
                    var length = Math.Min(data.Count - at, 1 + _random.Next(256));
                    var chunk = data.GetRange(at, length);
                    var times = _random.Next(4) == 0 ? 1 + _random.Next(2000) : 1 + _random.Next(8);
                    for (var t = 0; t < times && data.Count < 1_000_000; t++) data.InsertRange(at, chunk);
                    break;
                }
            case 5 when other.Length > 0:
                {
                    var from = _random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(512))).ToArray());
                    break;
                }
            case 6 when data.Count > 0:
                data.RemoveRange(at, data.Count - at);
                break;
            case 7 when data.Count > 1:
                {
                    var to = _random.Next(data.Count);
                    (data[at], data[to]) = (data[to], data[at]);
                    break;
                }
            default:
                ReplaceDigits(data, at);
                break;
        }
    }

    /// <summary>Replaces a run of ASCII digits by another number: huge, negative, zero, full-width or another script's.</summary>
    private void ReplaceDigits(List<byte> data, int at)
    {
        var start = data.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0) return;
        var end = start;
        while (end < data.Count && data[end] is >= (byte)'0' and <= (byte)'9') end++;
        string[] numbers = ["0", "-1", "2147483647", "2147483648", "99999999999999999999999999999999", "１２", "٣", "1e400", "65536", "4294967295"];
        data.RemoveRange(start, end - start);
        data.InsertRange(start, Encoding.UTF8.GetBytes(numbers[_random.Next(numbers.Length)]));
    }

    private byte[]? MutateZip(byte[] input, byte[] other)
    {
        try
        {
            var parts = new List<(string Name, byte[] Data)>();
            using (var zip = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read))
            {
                foreach (var entry in zip.Entries)
                {
                    using var stream = entry.Open();
                    var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    parts.Add((entry.FullName, buffer.ToArray()));
                }
            }
            var xml = parts.Select((p, i) => (p, i)).Where(x => x.p.Name.EndsWith(".xml", StringComparison.Ordinal)).ToList();
            if (xml.Count == 0) return null;
            // The parts that hold content most of the time, the others now and then.
            var main = xml.Where(x => x.p.Name is "word/document.xml" || x.p.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal) || x.p.Name == "xl/sharedStrings.xml").ToList();
            var pick = main.Count > 0 && _random.Next(4) > 0 ? main[_random.Next(main.Count)] : xml[_random.Next(xml.Count)];
            var data = new List<byte>(pick.p.Data);
            var rounds = 1 + _random.Next(4);
            for (var i = 0; i < rounds; i++) MutateOnce(data, other);
            parts[pick.i] = (pick.p.Name, [.. data]);
            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, bytes) in parts)
                {
                    using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                    stream.Write(bytes);
                }
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
