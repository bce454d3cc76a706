namespace Jixiao.Web.Features.TargetHints;

/// <summary>A target typed in the editor, with the indicator's categories (成本 indicators read a bare number as ≤).</summary>
public sealed record InterpretTargetRequest(string? Text, string? Level1 = null, string? Level2 = null, string? Direction = null);
