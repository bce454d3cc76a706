using System.Collections.Immutable;
using System.Text.Json;
using Jixiao.Formats.Json;

namespace Jixiao.Goals.Categories;

/// <summary>The JSON of <c>taxonomy.json</c>: the categories and the synonyms.</summary>
internal sealed record TaxonomyFile(ImmutableArray<CategorySpec> Categories, ImmutableDictionary<string, string> Synonyms)
{
    public static Taxonomy LoadDefault()
    {
        using var stream = typeof(TaxonomyFile).Assembly.GetManifestResourceStream("Jixiao.Goals.Categories.taxonomy.json")
            ?? throw new InvalidOperationException("The default taxonomy is not embedded.");
        var file = JsonSerializer.Deserialize(stream, ConfigJsonContext.Default.TaxonomyFile)
            ?? throw new InvalidOperationException("The embedded taxonomy is empty.");
        return new Taxonomy(file.Categories, file.Synonyms);
    }
}
