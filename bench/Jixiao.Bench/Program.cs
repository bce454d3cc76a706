using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Jixiao.Bench -- --filter '*'   (see bench/README.md)
// dotnet run -c Release --project bench/Jixiao.Bench -- province-export 1000
if (args is ["province-export", ..])
{
    Jixiao.Bench.ProvinceExport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}
// dotnet run -c Release --project bench/Jixiao.Bench -- mixed-load URL[,URL…] TOKEN DEPARTMENT YEAR [seconds] [writers] [readers]   (bench/mixed-load.sh)
if (args is ["mixed-load", var url, var token, var department, var year, ..])
{
    int At(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    Environment.ExitCode = await Jixiao.Bench.MixedLoad.RunAsync([.. url.Split(',').Select(u => new Uri(u))], token, int.Parse(department, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(At(5, 120)), At(6, 8), At(7, 8));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
