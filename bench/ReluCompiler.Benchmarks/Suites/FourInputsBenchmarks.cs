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
/// Suite 1, one call, 8 units in 4 inputs (<see cref="FourInputs"/>), 65,536 different points per invocation (the interpreter 1,024).
/// Past two inputs the IL compiler offers only the span shape, so the hand-written limit is timed in both
/// shapes: four double parameters (the baseline) and a span like the IL's.
/// </summary>
public class FourInputsBenchmarks
{
    private const int Inputs = 4;
    private Func<double, double, double, double, double> _byHand = null!;
    private SpanEvaluator _byHandSpan = null!;
    private SpanEvaluator _ilSpan = null!;
    private Func<double, double, double, double, double> _expressionCompile = null!;
    private Func<double, double, double, double, double> _compileFast = null!;
    private Func<double, double, double, double, double> _roslyn = null!;
    private SpanEvaluator _interpreter = null!;
    private double[] _points = null!;
    private double[] _ys = null!;
    private double[] _interpreterYs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var network = Sums.SmallestNetwork(FourInputs.Sum());
        _points = Points.Uniform(Inputs * Points.PerInvocation, -3, 3);
        _ys = new double[Points.PerInvocation];
        _interpreterYs = new double[Points.PerInterpreterInvocation];

        _byHand = (x1, x2, x3, x4) => FourInputsByHand.Evaluate(x1, x2, x3, x4);
        _byHandSpan = x => FourInputsByHand.Evaluate(x);
        _ilSpan = IlCompiler.Compile(network).Span;
        var tree = ExpressionTrees.Build<Func<double, double, double, double, double>>(network);
        _expressionCompile = tree.Compile();
        _compileFast = tree.CompileFast();
        var options = new CSharpEmitOptions();
        _roslyn = RoslynCompiler.CompileEvaluate<Func<double, double, double, double, double>>(CSharpEmitter.Emit(network, options), options.ClassName);
        _interpreter = network.Evaluate;

        Agreement.Check(nameof(ByHand), network, _points, p => _byHand(p[0], p[1], p[2], p[3]));
        Agreement.Check(nameof(ByHandSpan), network, _points, _byHandSpan);
        Agreement.Check(nameof(IlSpan), network, _points, _ilSpan);
        Agreement.Check(nameof(ExpressionCompile), network, _points, p => _expressionCompile(p[0], p[1], p[2], p[3]));
        Agreement.Check(nameof(CompileFast), network, _points, p => _compileFast(p[0], p[1], p[2], p[3]));
        Agreement.Check(nameof(Roslyn), network, _points, p => _roslyn(p[0], p[1], p[2], p[3]));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points.PerInvocation)]
    public void ByHand() => Calls.Quaternary(_byHand, _points, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void ByHandSpan() => Calls.Span(_byHandSpan, _points, Inputs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void IlSpan() => Calls.Span(_ilSpan, _points, Inputs, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void ExpressionCompile() => Calls.Quaternary(_expressionCompile, _points, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void CompileFast() => Calls.Quaternary(_compileFast, _points, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void Roslyn() => Calls.Quaternary(_roslyn, _points, _ys);

    [Benchmark(OperationsPerInvoke = Points.PerInterpreterInvocation)]
    public void Interpreter() => Calls.Span(_interpreter, _points, Inputs, _interpreterYs);
}
