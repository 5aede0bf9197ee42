using System;
using BenchmarkDotNet.Attributes;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Emit.Il;

using ReluCompiler.Ir;
namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Tuning: where the piece table overtakes the sum for one call (EmitThresholds.PieceTableUnits), and where
/// the loop should replace straight-line code. Each IL strategy forced, 65,536 different points per invocation.
/// </summary>
public class CrossoverBenchmarks
{
    private Func<double, double> _straightLine = null!;
    private Func<double, double> _sumLoop = null!;
    private Func<double, double> _pieceTable = null!;
    private double[] _xs = null!;
    private double[] _ys = null!;

    [Params(4, 8, 10, 12, 14, 16, 20, 24, 32)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = Sums.SmallestNetwork(Sums.Kinks(Units));
        _xs = Points.Across(network);
        _ys = new double[_xs.Length];
        _straightLine = IlCompiler.CompileUnary(network, EvaluationStrategy.StraightLine);
        _sumLoop = IlCompiler.CompileUnary(network, EvaluationStrategy.SumLoop);
        _pieceTable = IlCompiler.CompileUnary(network, EvaluationStrategy.PieceTable);
        Agreement.Check(nameof(StraightLine), network, _xs, _straightLine);
        Agreement.Check(nameof(SumLoop), network, _xs, _sumLoop);
        Agreement.Check(nameof(PieceTable), network, _xs, _pieceTable);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points.PerInvocation)]
    public void StraightLine() => Calls.Unary(_straightLine, _xs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void SumLoop() => Calls.Unary(_sumLoop, _xs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void PieceTable() => Calls.Unary(_pieceTable, _xs, _ys);
}
