namespace Jixiao.Data.Demo;

/// <summary>Demo data on first start (section <c>Demo</c>). <c>--Demo:Seed=false</c> starts with an empty database.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Whether an empty database gets the demo departments.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>How many generated departments join the seed procuratorate.</summary>
    public int GeneratedDepartments { get; set; } = 6;

    /// <summary>
    /// For load tests: when more than 0, an empty database gets this many departments of the standard
    /// generated province (20 funds × 15 indicators each, <see cref="Generation.ProvinceGenerator.Province"/>) instead of the small demo.
    /// </summary>
    public int ProvinceDepartments { get; set; }

    /// <summary>The name the seed document is imported under (it does not name its own department).</summary>
    public string SeedDepartmentName { get; set; } = "某县人民检察院";
}
