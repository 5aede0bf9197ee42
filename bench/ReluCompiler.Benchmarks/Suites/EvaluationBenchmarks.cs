using System;
using BenchmarkDotNet.Attributes;
using FastExpressionCompiler;
using ReluCompiler.Benchmarks.HandWritten;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.CSharp;
using ReluCompiler.Roslyn;
using ReluCompiler.Emit.Il;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Suite 1, one call in one variable: every engine called through a delegate on 65,536 different points per
/// invocation (the interpreter 1,024), so Mean is ns per call. Units = 6 is the blog's largest example; 64 and 1,024 are
/// <see cref="Sums.Kinks"/>. The baseline is the limit: C# written by hand (straight-line for 6, a piece
/// table past that, the strategy the IL compiler picks).
/// </summary>
public class EvaluationBenchmarks
{
    private Func<double, double> _byHand = null!;
    private Func<double, double> _sumLoopByHand = null!;
    private Func<double, double> _il = null!;
    private Func<double, double> _ilStraightLine = null!;
    private Func<double, double> _expressionCompile = null!;
    private Func<double, double> _compileFast = null!;
    private Func<double, double> _roslyn = null!;
    private Func<double, double> _interpreter = null!;
    private double[] _xs = null!;
    private double[] _ys = null!;
    private double[] _interpreterXs = null!;

    [Params(6, 64, 1024)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = Sums.SmallestNetwork(Sums.Kinks(Units));
        _xs = Points.Across(network);
        _ys = new double[_xs.Length];
        _interpreterXs = _xs[..Points.PerInterpreterInvocation];

        var compiled = IlCompiler.Compile(network);
        _il = compiled.Unary;
        _ilStraightLine = IlCompiler.CompileUnary(network, EvaluationStrategy.StraightLine);
        _byHand = Baseline.For(Units, network);
        _sumLoopByHand = new SumLoopByHand(network).Evaluate;
        var tree = ExpressionTrees.Build<Func<double, double>>(network);
        _expressionCompile = tree.Compile();
        _compileFast = tree.CompileFast();
        var options = new CSharpEmitOptions(Strategy: compiled.Strategy);
        _roslyn = RoslynCompiler.CompileEvaluate<Func<double, double>>(CSharpEmitter.Emit(network, options), options.ClassName);
        _interpreter = x => network.Evaluate(new ReadOnlySpan<double>(in x));

        Agreement.Check(nameof(ByHand), network, _xs, _byHand);
        Agreement.Check(nameof(SumLoopByHand), network, _xs, _sumLoopByHand);
        Agreement.Check(nameof(Il), network, _xs, _il);
        Agreement.Check(nameof(IlStraightLine), network, _xs, _ilStraightLine);
        Agreement.Check(nameof(ExpressionCompile), network, _xs, _expressionCompile);
        Agreement.Check(nameof(CompileFast), network, _xs, _compileFast);
        Agreement.Check(nameof(Roslyn), network, _xs, _roslyn);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points.PerInvocation)]
    public void ByHand() => Calls.Unary(_byHand, _xs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void SumLoopByHand() => Calls.Unary(_sumLoopByHand, _xs, _ys);

    /// <summary>The IL delegate with the strategy chosen by size (Relu.Compile's).</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void Il() => Calls.Unary(_il, _xs, _ys);

    /// <summary>The IL delegate forced to the straight-line sum, whatever the size.</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void IlStraightLine() => Calls.Unary(_ilStraightLine, _xs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void ExpressionCompile() => Calls.Unary(_expressionCompile, _xs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void CompileFast() => Calls.Unary(_compileFast, _xs, _ys);

    /// <summary>The generated C# (same strategy as the IL) compiled by Roslyn, bound as a static-method delegate.</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void Roslyn() => Calls.Unary(_roslyn, _xs, _ys);

    /// <summary>Network.Evaluate: the exact-rational network converted to doubles on every call.</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInterpreterInvocation)]
    public void Interpreter() => Calls.Unary(_interpreter, _interpreterXs, _ys);
}
