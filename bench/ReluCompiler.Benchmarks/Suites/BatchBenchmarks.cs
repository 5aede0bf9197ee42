using System;
using BenchmarkDotNet.Attributes;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Emit;
using ReluCompiler.Emit.Il;

using ReluCompiler.Ir;
namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Suite 3, batch: 1,000,000 points per invocation, so Mean is ns per point. The baseline is a loop over
/// the scalar delegate of the same compilation; Batch is CompiledNetwork.Evaluate(xs, ys) with the
/// strategy chosen by size, the other two force the Vector256 sum kernel or the AVX2 table kernel.
/// </summary>
public class BatchBenchmarks
{
    private const int Count = 1_000_000;
    private CompiledNetwork _automatic = null!;
    private CompiledNetwork _sum = null!;
    private CompiledNetwork _table = null!;
    private Func<double, double> _scalar = null!;
    private double[] _xs = null!;
    private double[] _ys = null!;

    [Params(6, 64, 1024)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = Sums.SmallestNetwork(Sums.Kinks(Units));
        _xs = Points.Across(network, Count);
        _ys = new double[Count];
        _automatic = IlCompiler.Compile(network);
        _sum = IlCompiler.Compile(network, EvaluationStrategy.SumLoop);
        _table = IlCompiler.Compile(network, EvaluationStrategy.PieceTable);
        _scalar = _automatic.Unary;
        // Each batch gives its scalar delegate's bits (below); that delegate answers what the interpreter does.
        Agreement.Check(nameof(ScalarLoop), network, _xs, _scalar);
        Check(_automatic, nameof(Batch));
        Check(_sum, nameof(BatchSumKernel));
        Check(_table, nameof(BatchTableKernel));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public void ScalarLoop() => Calls.Unary(_scalar, _xs, _ys);

    [Benchmark(OperationsPerInvoke = Count)]
    public void Batch() => _automatic.Evaluate(_xs, _ys);

    [Benchmark(OperationsPerInvoke = Count)]
    public void BatchSumKernel() => _sum.Evaluate(_xs, _ys);

    [Benchmark(OperationsPerInvoke = Count)]
    public void BatchTableKernel() => _table.Evaluate(_xs, _ys);

    /// <summary>The batch must give what its own scalar delegate gives (CompiledNetwork's contract), checked on a sample.</summary>
    private void Check(CompiledNetwork compiled, string name)
    {
        var xs = _xs.AsSpan(0, 4099);
        var ys = new double[xs.Length];
        compiled.Evaluate(xs, ys);
        for (var i = 0; i < xs.Length; i++)
        {
            var expected = compiled.Invoke(xs[i]);
            if (BitConverter.DoubleToInt64Bits(ys[i]) != BitConverter.DoubleToInt64Bits(expected))
            {
                throw new InvalidOperationException($"{name} gives {ys[i]} at x = {xs[i]}, its scalar delegate {expected}.");
            }
        }
    }
}
