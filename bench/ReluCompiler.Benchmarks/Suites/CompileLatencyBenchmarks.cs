using System;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using FastExpressionCompiler;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Roslyn;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Suite 2, compile latency: from a starting point to the first result of a fresh delegate, every step
/// included (parse, canonical form, smallest network, emit, JIT of the first call). The baseline is
/// FastExpressionCompiler's CompileFast of a tree built beforehand, then one call.
/// </summary>
public class CompileLatencyBenchmarks
{
    private const double X = 0.5;
    private string _text = null!;
    private ReluSum _sum = null!;
    private Network _network = null!;
    private Expression<Func<double, double>> _tree = null!;

    [Params(4, 64)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _sum = Sums.Kinks(Units);
        _text = _sum.ToString();
        _network = Sums.SmallestNetwork(_sum);
        _tree = ExpressionTrees.Build<Func<double, double>>(_network);
        // Each timed path once, its first result against the interpreter: a fast wrong compile cannot win.
        Agreement.CheckValue(nameof(TextToFirstResult), _network, X, TextToFirstResult());
        Agreement.CheckValue(nameof(SumToFirstResult), _network, X, SumToFirstResult());
        Agreement.CheckValue(nameof(NetworkToFirstResult), _network, X, NetworkToFirstResult());
        Agreement.CheckValue(nameof(NetworkToUnaryFirstResult), _network, X, NetworkToUnaryFirstResult());
        Agreement.CheckValue(nameof(CompileFastOfBuiltTree), _network, X, CompileFastOfBuiltTree());
        Agreement.CheckValue(nameof(ExpressionCompileOfBuiltTree), _network, X, ExpressionCompileOfBuiltTree());
        Agreement.CheckValue(nameof(BuildTreeAndExpressionCompile), _network, X, BuildTreeAndExpressionCompile());
        Agreement.CheckValue(nameof(Roslyn), _network, X, Roslyn());
    }

    /// <summary>Relu.Compile(text).Invoke(x): the facade, parser included.</summary>
    [Benchmark]
    public double TextToFirstResult()
    {
        // Without this every call after the first is a cache hit: no compile at all.
        Relu.Cache.Clear();
        return Relu.Compile(_text).Invoke(X);
    }

    /// <summary>The same from the IR sum: canonical form, smallest network, IL, first call.</summary>
    [Benchmark]
    public double SumToFirstResult() => IlCompiler.Compile(Sums.SmallestNetwork(_sum)).Invoke(X);

    /// <summary>IlCompiler.Compile of a built network (all shapes) and the first call.</summary>
    [Benchmark]
    public double NetworkToFirstResult() => IlCompiler.Compile(_network).Invoke(X);

    /// <summary>Only the one delegate that is called: IlCompiler.CompileUnary and the first call.</summary>
    [Benchmark]
    public double NetworkToUnaryFirstResult() => IlCompiler.CompileUnary(_network)(X);

    [Benchmark(Baseline = true)]
    public double CompileFastOfBuiltTree() => _tree.CompileFast()(X);

    [Benchmark]
    public double ExpressionCompileOfBuiltTree() => _tree.Compile()(X);

    /// <summary>Building the tree from the network, Expression.Compile, first call.</summary>
    [Benchmark]
    public double BuildTreeAndExpressionCompile() => ExpressionTrees.Build<Func<double, double>>(_network).Compile()(X);

    /// <summary>RoslynCompiler.CompileNetwork: emit C#, compile in memory, load, bind, first call.</summary>
    [Benchmark]
    public double Roslyn() => RoslynCompiler.CompileNetwork(_network)([X]);
}
