namespace Jixiao.Targets;

/// <summary>
/// Reads ladders written on one line: <c>≥95优，≥70良，≥50中，&lt;50差</c> (grade after the threshold)
/// or <c>优:≥95；良:≥70</c> (grade first). Works on compact text (see <see cref="TargetText"/>).
/// </summary>
internal static class LadderGrammar
{
    internal abstract record Result
    {
        /// <summary>Not a ladder at all: no step with a grade.</summary>
        public sealed record None : Result;

        /// <summary>Some steps read as grades, others did not: a ladder the document broke.</summary>
        public sealed record Broken : Result;

        public sealed record Ladder(GradeLadder Value) : Result;
    }

    private static readonly Result NoLadder = new Result.None();
    private static readonly Result BrokenLadder = new Result.Broken();

    public static Result Read(string compact)
    {
        List<LadderStep>? steps = null;
        var text = compact.AsSpan();
        var position = 0;
        while (true)
        {
            position = SkipSeparators(text, position);
            if (position >= text.Length)
            {
                break;
            }
            var used = ReadStep(text[position..], out var step);
            if (used == 0)
            {
                return steps is null ? NoLadder : BrokenLadder;
            }
            (steps ??= new List<LadderStep>(4)).Add(step!);
            position += used;
        }
        return steps is null ? NoLadder : new Result.Ladder(new GradeLadder(steps));
    }

    private static int ReadStep(ReadOnlySpan<char> text, out LadderStep? step)
    {
        step = null;
        var gradeFirst = ReadGrade(text, out var grade);
        var position = gradeFirst;
        if (gradeFirst > 0 && position < text.Length && text[position] is ':' or '：')
        {
            position++;
        }
        var comparatorLength = ComparatorWords.ReadPrefix(text[position..], out var comparator);
        position += comparatorLength;
        var numberLength = NumberReader.ReadArabic(text[position..], out var value);
        if (numberLength == 0)
        {
            return 0;
        }
        position += numberLength;
        position += Units.MatchKnown(text[position..], out var unit) is var unitLength && unitLength > 0 && !IsGradeAhead(text[position..])
            ? unitLength
            : ResetUnit(out unit);
        if (gradeFirst == 0)
        {
            var gradeLength = ReadGrade(text[position..], out grade);
            if (gradeLength == 0)
            {
                return 0;
            }
            position += gradeLength;
        }
        step = new LadderStep(grade, comparatorLength > 0 ? comparator : null, value, unit, text[..position].ToString());
        return position;
    }

    private static int ResetUnit(out string unit)
    {
        unit = "";
        return 0;
    }

    /// <summary>分 is a unit, but in <c>≥90优</c> nothing is; don't let a unit swallow a grade word.</summary>
    private static bool IsGradeAhead(ReadOnlySpan<char> text) => ReadGrade(text, out _) > 0;

    private static int ReadGrade(ReadOnlySpan<char> text, out Grade grade)
    {
        foreach (var (word, value) in GradeExtensions.Words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                grade = value;
                return word.Length;
            }
        }
        grade = default;
        return 0;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is ',' or '，' or ';' or '；' or '、' or '/' or '|' or '。')
        {
            position++;
        }
        return position;
    }
}
