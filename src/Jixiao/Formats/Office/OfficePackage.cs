using System.IO.Compression;
using Jixiao.Diagnostics;

namespace Jixiao.Formats.Office;

/// <summary>
/// An Office file opened safely: the zip's directory is checked (entry count, declared sizes and
/// ratios) before anything is decompressed, and every part is read through a stream that counts the
/// bytes it really inflates, so a lying header cannot blow up memory. Failures are diagnostics.
/// </summary>
public sealed class OfficePackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly string _fileName;
    private long _inflated;

    private OfficePackage(ZipArchive zip, OfficeKind kind, string fileName)
    {
        _zip = zip;
        Kind = kind;
        _fileName = fileName;
    }

    public OfficeKind Kind { get; }

    /// <summary>Opens the bytes of a .docx or .xlsx; an unusable file gives the reason instead.</summary>
    public static OfficePackage? Open(byte[] bytes, string fileName, out Diagnostic? error)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        error = null;
        if (OfficeSniffer.IsOle(bytes))
        {
            error = OfficeSniffer.OleKind(bytes) == OfficeKind.Encrypted
                ? Diagnostic.Error("office-encrypted", null, "Office.Encrypted", fileName)
                : Diagnostic.Error("office-legacy", null, "Office.Legacy", fileName);
            return null;
        }
        if (!OfficeSniffer.IsZip(bytes))
        {
            error = Diagnostic.Error("office-not-zip", null, "Office.NotZip", fileName);
            return null;
        }
        ZipArchive? zip = null;
        OfficeKind kind;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            // The central directory is read on first use of Entries: its counts and offsets can disagree with the
            // end record (a damaged or crafted file), which throws here, not when the archive is opened.
            error = CheckDirectory(zip, fileName);
            kind = Classify(zip);
        }
        catch (InvalidDataException)
        {
            zip?.Dispose();
            error = Diagnostic.Error("office-damaged", null, "Office.Damaged", fileName);
            return null;
        }
        if (error is null && kind is not (OfficeKind.Docx or OfficeKind.Xlsx))
        {
            error = Diagnostic.Error("office-unknown", null, "Office.NotWordOrExcel", fileName);
        }
        if (error is not null)
        {
            zip.Dispose();
            return null;
        }
        return new OfficePackage(zip, kind, fileName);
    }

    private static Diagnostic? CheckDirectory(ZipArchive zip, string fileName)
    {
        if (zip.Entries.Count > OfficeLimits.MaxEntries)
        {
            return Diagnostic.Error("office-bomb", null, "Office.TooManyEntries", fileName, zip.Entries.Count, OfficeLimits.MaxEntries);
        }
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / entry.CompressedLength;
            if (entry.Length > OfficeLimits.MaxPartBytes || ratio > OfficeLimits.MaxCompressionRatio || total > OfficeLimits.MaxTotalBytes)
            {
                return Diagnostic.Error("office-bomb", null, "Office.Bomb", fileName, entry.FullName, entry.Length);
            }
        }
        return null;
    }

    private static OfficeKind Classify(ZipArchive zip) =>
        zip.GetEntry("word/document.xml") is not null ? OfficeKind.Docx
        : zip.GetEntry("xl/workbook.xml") is not null ? OfficeKind.Xlsx
        : OfficeKind.OtherZip;

    public bool Has(string partName) => _zip.GetEntry(partName) is not null;

    /// <summary>
    /// A part's bytes, inflated under the limits. Null when the part is missing; throws
    /// <see cref="OfficeFileException"/> when it is damaged or too large (the reader turns it into a diagnostic).
    /// </summary>
    public byte[]? Read(string partName)
    {
        var entry = _zip.GetEntry(partName);
        if (entry is null)
        {
            return null;
        }
        try
        {
            using var stream = entry.Open();
            // The declared size is not trusted for the buffer either: a part grows as it really inflates, and no part may
            // inflate beyond the ratio allowed for its compressed size.
            var buffer = new MemoryStream((int)Math.Min(entry.Length, 1 << 20));
            var allowed = Math.Min(OfficeLimits.MaxPartBytes, Math.Max(entry.CompressedLength, 1) * OfficeLimits.MaxCompressionRatio);
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                _inflated += read;
                if (buffer.Length + read > allowed || _inflated > OfficeLimits.MaxTotalBytes)
                {
                    throw new OfficeFileException(Diagnostic.Error("office-bomb", null, "Office.Bomb", _fileName, partName, buffer.Length + read));
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException)
        {
            // NotSupportedException: a compression method other than deflate (a damaged or crafted header).
            throw new OfficeFileException(Diagnostic.Error("office-damaged", null, "Office.Damaged", _fileName));
        }
    }

    public void Dispose() => _zip.Dispose();
}

/// <summary>
/// A damaged or oversized part met deep inside a reader; carries the diagnostic. Internal: it never leaves
/// <see cref="OfficeReader"/>, which returns the diagnostic as a value.
/// </summary>
internal sealed class OfficeFileException(Diagnostic diagnostic) : Exception(diagnostic.Message.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
