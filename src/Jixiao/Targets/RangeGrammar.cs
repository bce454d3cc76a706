namespace Jixiao.Targets;

/// <summary>Reads ranges on compact text: <c>90%-95%</c>, <c>90-95%</c>, <c>90%~95%</c>, <c>3至5天</c>.</summary>
internal static class RangeGrammar
{
    public static bool TryRead(string compact, out decimal low, out decimal high, out string? unit)
    {
        low = high = 0;
        unit = null;
        var text = compact.AsSpan();
        var used = NumberReader.ReadArabic(text, out low);
        if (used == 0 || text[0] == '-')
        {
            return false;
        }
        text = text[used..];
        var firstUnitLength = Units.MatchKnown(text, out var firstUnit);
        text = text[firstUnitLength..];
        if (text.IsEmpty || text[0] is not ('-' or '~' or '至' or '到'))
        {
            return false;
        }
        text = text[1..];
        used = NumberReader.ReadArabic(text, out high);
        if (used == 0)
        {
            return false;
        }
        text = text[used..];
        var secondUnitLength = Units.MatchKnown(text, out var secondUnit);
        if (secondUnitLength != text.Length)
        {
            return false;
        }
        if (firstUnitLength > 0 && secondUnitLength > 0 && firstUnit != secondUnit)
        {
            return false;
        }
        unit = secondUnitLength > 0 ? secondUnit : firstUnitLength > 0 ? firstUnit : null;
        return true;
    }
}
