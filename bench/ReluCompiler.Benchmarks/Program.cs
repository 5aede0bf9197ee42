using System.Linq;
using BenchmarkDotNet.Running;
using ReluCompiler.Benchmarks.Infrastructure;

namespace ReluCompiler.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/ReluCompiler.Benchmarks [-- --quick] [BenchmarkDotNet options]</c>.
/// Without <c>--filter</c> every suite runs; <c>--quick</c> is the smoke run (bench/README.md).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToList();
        if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info"))
        {
            // BenchmarkSwitcher asks interactively when nothing is selected; the documented command runs everything.
            rest.AddRange(["--filter", "*"]);
        }

        var config = quick ? BenchConfig.Quick() : BenchConfig.Measured();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
    }
}
