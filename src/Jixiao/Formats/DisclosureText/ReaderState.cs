using Jixiao.Diagnostics;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.DisclosureText;

/// <summary>The line-by-line state machine of <see cref="DisclosureTextReader"/>.</summary>
internal sealed class ReaderState(string content, DocumentBuilder document, List<Diagnostic> diagnostics)
{
    private enum Section { None, Goals, SubGoals, Safeguards }

    private bool _titleSeen;
    private bool _inPartOne;
    private Section _section;
    private FundBuilder? _fund;
    private bool _afterCell;

    public void Accept(TextLine line)
    {
        if (line.IsBlank)
        {
            _afterCell = false;
            return;
        }
        if (line.IsCell)
        {
            AcceptCell(line);
            return;
        }
        var text = line.Text(content);
        if (_afterCell && _fund is not null && !IsHeading(text))
        {
            _fund.AppendToLastCell(text);
            return;
        }
        _afterCell = false;
        AcceptLine(line.Number, text);
    }

    private void AcceptCell(TextLine line)
    {
        _afterCell = true;
        if (_fund is null)
        {
            if (line.Length > 0)
            {
                diagnostics.Add(Diagnostic.Warning("line-ignored", SourceRef.AtLine(line.Number), "Import.CellOutsideTable", line.Number, line.Text(content)));
            }
            return;
        }
        _fund.AddCell(line);
    }

    private void AcceptLine(int number, string text)
    {
        var where = SourceRef.AtLine(number);
        if (text.StartsWith("第一部分", StringComparison.Ordinal))
        {
            StartPart(number, text, partOne: true);
            return;
        }
        if (text.StartsWith("第二部分", StringComparison.Ordinal))
        {
            StartPart(number, text, partOne: false);
            return;
        }
        if (DisclosureTextReader.ReadFundHeading(text) is { } fundName)
        {
            CheckHeading(number, text);
            document.HasStructure = true;
            _inPartOne = false;
            _fund = new FundBuilder(content, fundName, where);
            document.Funds.Add(_fund);
            return;
        }
        if (!_titleSeen && !document.HasStructure)
        {
            _titleSeen = true;
            var (year, department) = DisclosureTextReader.ReadTitle(text);
            document.Year = year;
            document.DepartmentName = department;
            document.TitleSource = where;
            CheckHeading(number, text);
            return;
        }
        if (IdentityLabels.ReadLine(text) is { } identity && (_fund is not null || identity.All(p => IdentityLabels.IsDepartments(p.Field))))
        {
            foreach (var (field, value) in identity)
            {
                (IdentityLabels.IsDepartments(field) ? document.Identity : _fund!.Identity).Add(field, value, where);
            }
            return;
        }
        if (_fund is not null)
        {
            if (!_fund.TryReadMoney(text, where, diagnostics))
            {
                diagnostics.Add(Diagnostic.Warning("line-ignored", where, "Import.LineIgnored", number, text));
            }
            return;
        }
        if (_inPartOne && SectionOf(text) is { } section and not Section.None)
        {
            _section = section;
            document.HasStructure = true;
            CheckHeading(number, text);
            return;
        }
        if (_inPartOne && _section != Section.None)
        {
            AddItem(ListNumbering.Strip(text));
            return;
        }
        diagnostics.Add(Diagnostic.Warning("line-ignored", where, "Import.LineIgnored", number, text));
    }

    private void StartPart(int number, string text, bool partOne)
    {
        CheckHeading(number, text);
        document.HasStructure = true;
        _inPartOne = partOne;
        _section = Section.None;
        _fund = null;
    }

    private void AddItem(string item)
    {
        if (item.Length == 0)
        {
            return;
        }
        var list = _section switch
        {
            Section.Goals => document.Goals,
            Section.SubGoals => document.SubGoals,
            Section.Safeguards => document.Safeguards,
            Section.None => throw new InvalidOperationException("An item needs a section."),
        };
        list.Add(item);
    }

    private static Section? SectionOf(string text)
    {
        var heading = ListNumbering.Strip(text);
        if (heading.Length > 12)
        {
            return null;
        }
        return heading switch
        {
            _ when heading.Contains("总体绩效目标", StringComparison.Ordinal) || heading.Contains("总体目标", StringComparison.Ordinal) => Section.Goals,
            _ when heading.Contains("分项绩效目标", StringComparison.Ordinal) || heading.Contains("分项目标", StringComparison.Ordinal) => Section.SubGoals,
            _ when heading.Contains("保障措施", StringComparison.Ordinal) => Section.Safeguards,
            _ => null,
        };
    }

    private static bool IsHeading(string text) =>
        text.StartsWith("第一部分", StringComparison.Ordinal) || text.StartsWith("第二部分", StringComparison.Ordinal)
        || DisclosureTextReader.ReadFundHeading(text) is not null;

    /// <summary>Headings are not part of the model, so their conversion damage is reported here.</summary>
    private void CheckHeading(int number, string text)
    {
        foreach (var artifact in TextArtifacts.Find(text))
        {
            diagnostics.Add(Diagnostic.Warning("text-artifact", SourceRef.AtLine(number), "Import.HeadingArtifact", number, text, artifact.Piece));
        }
    }
}
