using System.Diagnostics;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// The text of a PDF as <c>pdftotext</c> (poppler-utils; scripts/test.sh installs it) extracts it: what a
/// reader who copies from the PDF gets. Shared with the web tests (linked into that project).
/// </summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-pdf-").FullName;
        try
        {
            var path = Path.Combine(folder, "out.pdf");
            File.WriteAllBytes(path, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })
                ?? throw new InvalidOperationException("pdftotext (poppler-utils) is needed: apt-get install poppler-utils");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
