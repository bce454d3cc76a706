using System.Buffers.Binary;

namespace Jixiao.Formats.Pdf;

/// <summary>
/// Cuts the first face out of a TrueType collection (.ttc) into a standalone .ttf: PDFsharp 6.2 reads
/// single fonts only, and the CJK serif fonts that have Latin letters and ≥ too (AR PL UMing, SimSun)
/// ship as collections. The table data is copied unchanged; only the table offsets are rewritten.
/// </summary>
internal static class TrueTypeCollection
{
    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length > 16 && font[..4].SequenceEqual("ttcf"u8);

    public static byte[] FirstFace(byte[] collection)
    {
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(collection.AsSpan(face + 4));
        var directory = 12 + 16 * tables;
        var records = new (int Offset, int Length)[tables];
        var size = directory;
        for (var t = 0; t < tables; t++)
        {
            var record = collection.AsSpan(face + 12 + 16 * t);
            records[t] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            size += (records[t].Length + 3) & ~3;
        }
        var font = new byte[size];
        collection.AsSpan(face, directory).CopyTo(font);
        var at = directory;
        for (var t = 0; t < tables; t++)
        {
            collection.AsSpan(records[t].Offset, records[t].Length).CopyTo(font.AsSpan(at));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * t + 8), (uint)at);
            at += (records[t].Length + 3) & ~3;
        }
        return font;
    }
}
