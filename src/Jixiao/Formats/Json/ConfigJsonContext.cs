using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Checks;
using Jixiao.Goals.Categories;

namespace Jixiao.Formats.Json;

/// <summary>
/// Configuration files, read strictly: the taxonomy (<c>taxonomy.json</c>) and lint profiles. An unknown key or a
/// null where a value is needed is an error, so that a misspelt section never silently keeps the default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(LintProfile))]
[JsonSerializable(typeof(TaxonomyFile))]
internal sealed partial class ConfigJsonContext : JsonSerializerContext;
