using Jixiao.Checks;
using Jixiao.Diagnostics;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// <summary>
/// The readable lint report: a summary line, then the findings grouped under their fund and indicator
/// (document-level ones first), one line each with place, severity, rule and message. Built as Spectre
/// markup; coloured on a terminal, written plain when piped.
/// </summary>
internal sealed class LintText(CliConsole console, bool colour)
{
    private readonly IAnsiConsole? _terminal = colour
        ? AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = ColorSystemSupport.Detect, Out = new AnsiConsoleOutput(console.Output) })
        : null;

    public void Write(string path, LintReport report)
    {
        var culture = console.Culture;
        var summary = string.Format(culture, LocalizedText.Get("Cli.Lint.Summary", culture), path,
            report.Findings.Length, report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info));
        Line($"[bold]{Markup.Escape(summary)}[/]");
        string? fund = "\0", indicator = "\0";
        foreach (var finding in report.Findings)
        {
            if (finding.Fund != fund)
            {
                fund = finding.Fund;
                indicator = "\0";
                Line("");
                Line($"[bold underline]{Markup.Escape(fund ?? LocalizedText.Get("Cli.Lint.Document", culture))}[/]");
            }
            if (finding.Indicator != indicator && fund is not null)
            {
                indicator = finding.Indicator;
                Line($"  [bold cyan]{Markup.Escape(indicator ?? LocalizedText.Get("Cli.Lint.WholeFund", culture))}[/]");
            }
            var indent = fund is null ? "  " : "    ";
            Line(indent + Describe(finding));
        }
    }

    private string Describe(Finding finding)
    {
        var culture = console.Culture;
        var place = finding.Where is { } where
            ? string.Format(culture, LocalizedText.Get("Cli.Lint.Line", culture), where) + "  "
            : "";
        var severity = LocalizedText.Get("Severity." + finding.Severity.ToString().ToLowerInvariant(), culture);
        var colour = finding.Severity switch
        {
            Severity.Error => "red",
            Severity.Warning => "yellow",
            Severity.Info => "blue",
        };
        return $"[dim]{Markup.Escape(place)}[/][{colour}]{Markup.Escape(severity)}[/] [dim]{Markup.Escape(finding.Rule)}[/]  {Markup.Escape(finding.Text(culture))}";
    }

    private void Line(string markup)
    {
        if (_terminal is not null)
        {
            _terminal.MarkupLine(markup);
        }
        else
        {
            console.Output.WriteLine(markup.RemoveMarkup());
        }
    }
}
