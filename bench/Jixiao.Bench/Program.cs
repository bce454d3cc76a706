using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Jixiao.Bench -- --filter '*'   (see bench/README.md)
// dotnet run -c Release --project bench/Jixiao.Bench -- province-export 1000
if (args is ["province-export", ..])
{
    Jixiao.Bench.ProvinceExport.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
