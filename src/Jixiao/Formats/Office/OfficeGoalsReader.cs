using System.Collections.Immutable;
using Jixiao.Diagnostics;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Tables;
using Jixiao.Goals;

namespace Jixiao.Formats.Office;

/// <summary>
/// Turns the paragraphs and tables of a DOCX or the sheets of an XLSX into the canonical model. Tables
/// and columns are found by their header text, never by position: the disclosure's headings and goal
/// tables (the seed), 申报表 forms, flat tables of several projects and 自评表 all come through here.
/// </summary>
internal sealed partial class OfficeGoalsReader(DisclosureReadOptions options)
{
    /// <summary>The year line under a form's title: （2023年度）.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[（(]?((?:19|20|21)[0-9]{2})年度?[)）]?$")]
    private static partial System.Text.RegularExpressions.Regex YearLine();

    private enum Section { None, Goals, SubGoals, Safeguards }

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<FundDraft> _funds = [];
    private readonly List<string> _goals = [], _subGoals = [], _safeguards = [];
    private readonly Dictionary<int, string> _tableNames = [];
    private readonly IdentityDraft _departmentIdentity = new();
    private int? _year;
    private string? _department;
    private Section _section;
    private FundDraft? _fund;
    private bool _titleSeen;
    private int _paragraph;
    private int _firstParagraph;
    private Layout.FormKind? _formKind;
    private TableBlock? _lastTable;
    private bool _endsDocument;

    public OfficeImport Read(IReadOnlyList<OfficeBlock> blocks)
    {
        _lastTable = blocks.OfType<TableBlock>().LastOrDefault();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    Accept(paragraph.Text, paragraph.Line);
                    break;
                case TableBlock table:
                    var forms = StackedForms.Split(table);
                    for (var f = 0; f < forms.Count; f++)
                    {
                        _endsDocument = ReferenceEquals(table, _lastTable) && f == forms.Count - 1;
                        Accept(forms[f]);
                    }
                    break;
            }
        }
        return Assemble();
    }

    private void Accept(string paragraph, int? line)
    {
        var text = paragraph.Trim();
        _paragraph = line ?? _paragraph + 1;
        if (text.Length == 0)
        {
            return;
        }
        var heading = FormColumns.Compact(ListNumbering.Strip(text));
        // The title comes before any section; a goal that mentions a year later on is not a title.
        if (!_titleSeen && _section == Section.None && _funds.Count == 0 && TitleOf(text) is ({ } year, var department))
        {
            (_titleSeen, _year, _department) = (true, year, department ?? _department);
        }
        else if (text.StartsWith("第一部分", StringComparison.Ordinal) || text.StartsWith("第二部分", StringComparison.Ordinal))
        {
            (_section, _fund) = (Section.None, null);
        }
        else if (heading is "总体绩效目标" or "分项绩效目标" or "工作保障措施")
        {
            (_section, _fund) = (SectionOf(heading), null);
        }
        else if (DisclosureTextReader.ReadFundHeading(text) is { } name)
        {
            _section = Section.None;
            _fund = NewFund(name, null);
        }
        else if (_fund is not null && _fund.Money.TryRead(text, SourceRef.AtLine(_paragraph), _diagnostics))
        {
        }
        else if (IdentityLabels.ReadLine(text) is { } identity && (_fund is not null || identity.All(p => IdentityLabels.IsDepartments(p.Field))))
        {
            foreach (var (field, value) in identity)
            {
                (IdentityLabels.IsDepartments(field) ? _departmentIdentity : _fund!.Identity).Add(field, value, SourceRef.AtLine(_paragraph));
            }
        }
        else if (_section != Section.None)
        {
            ListOf(_section).Add(ListNumbering.Strip(text));
        }
    }

    /// <summary>
    /// A form's title (FormTitle: recognised by how it ends); the very first paragraph may also be a bare "name + year"
    /// line, as the seed's Word export has. Chrome lines with dates (发布时间) are gone before this.
    /// </summary>
    private (int? Year, string? Department) TitleOf(string text)
    {
        _firstParagraph++;
        if (Layout.FormTitle.Read(text) is { } form)
        {
            _formKind = form.Kind;
            if (form.Year is { } year)
            {
                return (year, form.Department);
            }
        }
        if (YearLine().Match(Layout.FormTitle.Normalise(text)) is { Success: true } line)
        {
            return (Numerals.Int(line.Groups[1].Value), null);
        }
        return _firstParagraph == 1 ? DisclosureTextReader.ReadTitle(text) : (null, null);
    }

    private void Accept(TableBlock table)
    {
        if (table.Name is { } tableName)
        {
            _tableNames[table.Number] = tableName;
        }
        var header = FindHeader(table, out var columns);
        var preamble = TablePreamble.Read(table, header ?? table.Rows.Count);
        _year ??= preamble.Year;
        _department ??= preamble.Department;
        foreach (var (field, value, where) in preamble.Identity.Where(i => IdentityLabels.IsDepartments(i.Field)))
        {
            _departmentIdentity.Add(field, value, where);
        }
        foreach (var (section, item) in preamble.OverallItems)
        {
            ListOf(SectionOf(section)).Add(ListNumbering.Strip(item));
        }
        _formKind = preamble.Kind ?? _formKind;
        if (preamble.FundName is { } name)
        {
            _fund = _funds.FirstOrDefault(f => f.Name == name) ?? NewFund(name, table.Where(0, null));
        }
        else if (_fund is null && header is not null && (preamble.NamesDepartment || _formKind is Layout.FormKind.DepartmentGoals or Layout.FormKind.DepartmentSelfEvaluation))
        {
            // A 部门整体 form: its indicators are the department's as a whole, kept as one fund of that name.
            var whole = new LocalizedText("Import.WholeDepartmentFund").ToString();
            _fund = _funds.FirstOrDefault(f => f.Name == whole) ?? NewFund(whole, table.Where(0, null));
        }
        var reader = header is { } h && columns is not null ? new IndicatorTableReader(table, h, columns, _diagnostics) : null;
        if (reader is { IsFlat: false, HasResults: true } && _fund is { Rows.Count: > 0 } declared)
        {
            var overlay = new FundDraft(declared.Name, null) { Budget = preamble.Budget };
            declared.EvaluationDraft = overlay;
            reader.Read(overlay, [], (_, _) => overlay);
            return;
        }
        if (_fund is not null)
        {
            Apply(preamble, _fund);
        }
        if (reader is null)
        {
            if (preamble.IsEmpty)
            {
                _diagnostics.Add(Diagnostic.Warning("table-header", table.Lines.IsDefaultOrEmpty ? new SourceRef(Table: table.Number) : table.Where(0, null), "Office.TableWithoutHeader",
                    table.Name ?? table.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            return;
        }
        reader.Read(reader.IsFlat ? null : _fund, _funds, NewFund, _endsDocument);
        if (reader.IsFlat)
        {
            _fund = null;
        }
        else if (_fund is null && _funds.Count > 0)
        {
            _fund = _funds[^1];
        }
    }

    private void Apply(TablePreamble preamble, FundDraft fund)
    {
        fund.Goals = preamble.Goals ?? fund.Goals;
        foreach (var (label, value, where) in preamble.Money)
        {
            var index = 0;
            fund.Money.TryReadCell(label, value, where.Line ?? where.Row ?? 0, ref index, _diagnostics);
        }
        fund.Budget = preamble.Budget ?? fund.Budget;
        foreach (var (field, value, where) in preamble.Identity.Where(i => !IdentityLabels.IsDepartments(i.Field)))
        {
            fund.Identity.Add(field, value, where);
        }
    }

    private static int? FindHeader(TableBlock table, out IReadOnlyDictionary<IndicatorColumn, int>? columns)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            columns = IndicatorColumns.Map(table.Texts(r));
            if (columns is not null)
            {
                return r;
            }
        }
        columns = null;
        return null;
    }

    private FundDraft NewFund(string name, SourceRef? where)
    {
        var fund = new FundDraft(name, where);
        _funds.Add(fund);
        return fund;
    }

    private static Section SectionOf(string heading) => heading switch
    {
        "总体绩效目标" => Section.Goals,
        "分项绩效目标" => Section.SubGoals,
        _ => Section.Safeguards,
    };

    private List<string> ListOf(Section section) => section switch
    {
        Section.Goals => _goals,
        Section.SubGoals => _subGoals,
        Section.Safeguards => _safeguards,
        Section.None => throw new InvalidOperationException("A list item needs a section."),
    };

    private OfficeImport Assemble()
    {
        if (_funds.Count == 0 && _goals.Count + _subGoals.Count + _safeguards.Count == 0)
        {
            _diagnostics.Insert(0, Diagnostic.Error("no-structure", null, "Office.NoGoals", options.FileName));
            return new OfficeImport(new ImportResult(null, [.. _diagnostics]), null, []);
        }
        var yearValue = options.Year ?? _year;
        if (yearValue is null || !FiscalYear.TryCreate(yearValue.Value, out var year))
        {
            _diagnostics.Insert(0, Diagnostic.Error("year-missing", null, "Import.NoYear", options.FileName));
            return new OfficeImport(new ImportResult(null, [.. _diagnostics]), null, []);
        }
        var departmentName = options.DepartmentName ?? _department;
        if (string.IsNullOrWhiteSpace(departmentName))
        {
            _diagnostics.Add(Diagnostic.Warning("department-missing", null, "Import.DepartmentMissing"));
            departmentName = new LocalizedText("Import.UnnamedDepartment").ToString();
        }
        var built = _funds.Select(f => f.Build(_diagnostics)).ToList();
        if (built.All(b => b.Fund.Indicators.IsEmpty && b.Fund.Goals.IsEmpty) && _goals.Count + _subGoals.Count + _safeguards.Count == 0)
        {
            _diagnostics.Insert(0, Diagnostic.Error("no-structure", null, "Import.NothingRead", options.FileName));
            return new OfficeImport(new ImportResult(null, [.. _diagnostics]), null, []);
        }
        var funds = CodeDiagnostics.WithoutDuplicateFundCodes(
            built.Select((b, i) => (b.Fund, _funds[i].Identity.WhereOf(IdentityField.FundCode))), _diagnostics);
        var goals = new GoalSet(year, _departmentIdentity.Apply(new Department(departmentName), _diagnostics),
            new DepartmentGoals([.. _goals], [.. _subGoals], [.. _safeguards]), [.. funds]);
        var evaluations = built.Select(b => b.Evaluation).OfType<FundSelfEvaluation>().ToImmutableArray();
        return new OfficeImport(new ImportResult(goals, [.. _diagnostics]), evaluations.IsEmpty ? null : new SelfEvaluationSheet(evaluations),
            [.. built.Select(b => b.Ids)]) { TableNames = _tableNames.ToImmutableDictionary() };
    }
}
