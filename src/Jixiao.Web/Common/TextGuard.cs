using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Data.Common;
using Jixiao.Data.Import;
using Jixiao.Web.Api;

namespace Jixiao.Web.Common;

/// <summary>
/// Control characters stop at the edge (issue 13, item 4). PostgreSQL cannot store NUL in text, so a NUL in any field
/// became a 500 deep in a query (signing in, the public search); other C0 controls, noncharacters and lone surrogates
/// are never part of an indicator, a name or a password either. Every text a request carries — the path, the query,
/// form fields (not uploaded files: the readers judge those) and the strings of a JSON body — is checked before
/// routing, and a request carrying one is refused with 400 and a message naming the field: problem details for the
/// API, a short page for the screens. Tab, line feed and carriage return are text.
/// </summary>
public static class TextGuard
{
    /// <summary>JSON bodies larger than this are not scanned here (the endpoints' own limits answer them).</summary>
    private const int MaxScannedJsonBytes = 1024 * 1024;

    public static IApplicationBuilder UseTextGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (await FindAsync(context.Request) is { } refused)
        {
            await RefuseAsync(context, refused);
            return;
        }
        await next(context);
    });

    /// <summary>The first character that is not text, as U+XXXX; null when the text is clean.</summary>
    public static string? Forbidden(string? text)
    {
        if (text is null)
        {
            return null;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return $"U+{(int)c:X4}";
            }
        }
        return null;
    }

    private static Failure Refusal(string field, string character) => Failure.Invalid(field, "Web.Input.ControlCharacter", field, character);

    private static async Task<Failure?> FindAsync(HttpRequest request)
    {
        if (Forbidden(request.Path.Value) is { } inPath)
        {
            return Refusal("path", inPath);
        }
        foreach (var (key, values) in request.Query)
        {
            if ((Forbidden(key) ?? values.Select(Forbidden).FirstOrDefault(f => f is not null)) is { } inQuery)
            {
                return Refusal(key, inQuery);
            }
        }
        // No length (a streamed body): the form reader's own limits (FormOptions, Kestrel's body size) still apply.
        if (request.HasFormContentType && request.ContentLength is null or <= ImportLimits.MaxRequestBytes)
        {
            return await FindInFormAsync(request);
        }
        if (request.HasJsonContentType() && request.ContentLength is null or (> 0 and <= MaxScannedJsonBytes))
        {
            return await FindInJsonAsync(request);
        }
        return null;
    }

    private static async Task<Failure?> FindInFormAsync(HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // The form reader refuses some encodings outright (%00 in a urlencoded form among them): say so here rather
            // than let the page's antiforgery check fail on the same form with a bare 400.
            return Failure.Invalid("form", "Web.Input.UnreadableForm");
        }
        catch (Exception exception) when (exception is BadHttpRequestException or IOException)
        {
            // Too large or cut off: the endpoint reads it again and answers as it always did (413 for an upload).
            return null;
        }
        foreach (var (key, values) in form)
        {
            if ((Forbidden(key) ?? values.Select(Forbidden).FirstOrDefault(f => f is not null)) is { } inForm)
            {
                return Refusal(key, inForm);
            }
        }
        return null;
    }

    private static async Task<Failure?> FindInJsonAsync(HttpRequest request)
    {
        // Clients that stream JSON send no length (HttpClient's JsonContent): read at most the limit, then rewind.
        request.EnableBuffering();
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (copy.Length <= MaxScannedJsonBytes && (read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            copy.Write(chunk, 0, read);
        }
        request.Body.Position = 0;
        if (copy.Length > MaxScannedJsonBytes)
        {
            return null;
        }
        var body = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var property = "$";
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String))
                {
                    continue;
                }
                var text = reader.GetString();
                if (Forbidden(text) is { } inJson)
                {
                    return Refusal(reader.TokenType == JsonTokenType.PropertyName ? "$" : property, inJson);
                }
                property = reader.TokenType == JsonTokenType.PropertyName ? text! : property;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON, or not UTF-8: the endpoint's binding refuses it with its own 400.
        }
        return null;
    }

    /// <summary>Chinese and every other script written as is, as the pages are (Startup's WebEncoderOptions), still HTML-encoded.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static async Task RefuseAsync(HttpContext context, Failure failure)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await failure.ToProblem().ExecuteAsync(context);
            return;
        }
        var message = Html.Encode(failure.Message.Format(UiText.Culture));
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = Html.Encode(Diagnostics.LocalizedText.Get("Web.Problem.Invalid", UiText.Culture));
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{(UiText.IsEnglish ? "en" : "zh-CN")}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>" +
            $"<body><h1>{title}</h1><p role=\"alert\">{message}</p></body></html>", Encoding.UTF8);
    }
}
