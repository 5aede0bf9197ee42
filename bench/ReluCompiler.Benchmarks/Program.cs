using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using ReluCompiler.Benchmarks.Infrastructure;

namespace ReluCompiler.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/ReluCompiler.Benchmarks [-- --quick|--short] [BenchmarkDotNet options]</c>.
/// Without <c>--filter</c> every suite runs; <c>--quick</c> is the smoke run, <c>--short</c> fewer iterations for a
/// shared machine, <c>--fresh-compiles N [tier]</c> the memory loop of issue 15 (bench/README.md).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var fresh = Array.IndexOf(args, "--fresh-compiles");
        if (fresh >= 0)
        {
            // Not a BenchmarkDotNet suite: bench/README.md, tiers.
            var tier = args.Length > fresh + 2 ? Enum.Parse<ReluCompiler.Emit.ReluTier>(args[fresh + 2], ignoreCase: true) : ReluCompiler.Emit.ReluTier.Auto;
            FreshCompiles.Run(int.Parse(args[fresh + 1], CultureInfo.InvariantCulture), tier);
            return;
        }

        var quick = args.Contains("--quick");
        var shortRun = args.Contains("--short");
        var rest = args.Where(a => a is not ("--quick" or "--short")).ToList();
        if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info"))
        {
            // BenchmarkSwitcher asks interactively when nothing is selected; the documented command runs everything.
            rest.AddRange(["--filter", "*"]);
        }

        var config = quick ? BenchConfig.Quick() : shortRun ? BenchConfig.Short() : BenchConfig.Measured();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
    }
}
