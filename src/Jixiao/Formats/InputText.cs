using System.Text;
using Jixiao.Diagnostics;

namespace Jixiao.Formats;

/// <summary>
/// Turns the bytes of an uploaded or opened file into text: UTF-8 (with or without BOM) or, as Chinese
/// offices often save, GB18030. Binary content is refused with a message that names the file.
/// </summary>
public static class InputText
{
    /// <summary>The largest text document Jixiao reads (64 MiB); larger inputs are refused, not truncated.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string? Decode(ReadOnlySpan<byte> bytes, string fileName, out Diagnostic? error)
    {
        error = null;
        if (bytes.Length > MaxBytes)
        {
            error = Diagnostic.Error("file-too-large", null, "File.TooLarge", fileName, bytes.Length, MaxBytes);
            return null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.IsEmpty)
        {
            error = Diagnostic.Error("file-empty", null, "File.Empty", fileName);
            return null;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = Diagnostic.Error("file-binary", null, "File.Binary", fileName, nul);
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeGb18030(bytes, fileName, out error);
        }
    }

    private static string? DecodeGb18030(ReadOnlySpan<byte> bytes, string fileName, out Diagnostic? error)
    {
        error = null;
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb.GetString(bytes);
            if (LooksLikeText(text))
            {
                return text;
            }
        }
        catch (DecoderFallbackException)
        {
        }
        error = Diagnostic.Error("file-binary", null, "File.NotText", fileName);
        return null;
    }

    /// <summary>GB18030 decodes almost anything; real text has few control characters.</summary>
    private static bool LooksLikeText(string text)
    {
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        return control <= text.Length / 100;
    }
}
