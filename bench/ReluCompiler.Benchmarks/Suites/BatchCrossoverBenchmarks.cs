using BenchmarkDotNet.Attributes;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Emit;
using ReluCompiler.Emit.Il;

using ReluCompiler.Ir;
namespace ReluCompiler.Benchmarks.Suites;

/// <summary>Tuning: where the gathered (AVX2) table kernel overtakes the Vector256 sum kernel, ns per point over 65,536 points.</summary>
public class BatchCrossoverBenchmarks
{
    private const int Count = 65_536;
    private CompiledNetwork _sum = null!;
    private CompiledNetwork _table = null!;
    private double[] _xs = null!;
    private double[] _ys = null!;

    [Params(4, 8, 16, 32, 64, 128)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = Sums.SmallestNetwork(Sums.Kinks(Units));
        _xs = Points.Across(network, Count);
        _ys = new double[Count];
        _sum = IlCompiler.Compile(network, EvaluationStrategy.SumLoop);
        _table = IlCompiler.Compile(network, EvaluationStrategy.PieceTable);
        SumKernel();
        Agreement.CheckBatch(nameof(SumKernel), network, _xs, _ys);
        TableKernel();
        Agreement.CheckBatch(nameof(TableKernel), network, _xs, _ys);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public void SumKernel() => _sum.Evaluate(_xs, _ys);

    [Benchmark(OperationsPerInvoke = Count)]
    public void TableKernel() => _table.Evaluate(_xs, _ys);
}
