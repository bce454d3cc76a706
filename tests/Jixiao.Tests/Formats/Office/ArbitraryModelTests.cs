using CsCheck;
using Jixiao.Formats.DisclosureText;
using Jixiao.Formats.Office;
using Jixiao.Tests.Generation;

namespace Jixiao.Tests.Formats.Office;

/// <summary>
/// Arbitrary models (quotes, &amp;, &lt;, tabs, line breaks, empty cells) export to every format and read
/// back without an exception: exporters never fail on user text, importers never crash on what we wrote.
/// </summary>
public sealed class ArbitraryModelTests
{
    [Fact]
    public void Any_model_exports_to_every_format_and_its_office_files_read_back() =>
        ModelGen.GoalSet.Sample(goals =>
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var file = DocumentExport.Render(goals, format, null, out var error);
                Assert.True(file is not null, error?.Message.ToString());
                if (format is ExportFormat.Docx or ExportFormat.Xlsx)
                {
                    var read = OfficeReader.Read(file.Content, new DisclosureReadOptions("any" + file.Extension));
                    Assert.True(read.Result.GoalSet is not null || read.Result.HasErrors);
                }
            }
        }, iter: 60);
}
