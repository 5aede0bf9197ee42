using System;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using FastExpressionCompiler;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Emit;

namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Issue 15's first target: text → first result of a fresh delegate, against the expression-tree compilers
/// given a tree built beforehand (its building not counted). The cache is cleared before every compile, so
/// each one parses, builds the canonical form, the smallest network and the plan, and makes its delegate.
/// </summary>
public class FirstResultBenchmarks
{
    private const double X = 0.5;
    private static readonly CompileOptions CompiledTier = new(Tier: ReluTier.Compiled);

    /// <summary>The sum form forced (a loop over the units, the IL straight line's bits): like with like against the trees.</summary>
    private static readonly CompileOptions SumForm = new(Strategy: Ir.EvaluationStrategy.StraightLine);
    private string _text = null!;
    private Expression<Func<double, double>> _tree = null!;

    [Params(4, 64, 1024)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sum = Sums.Kinks(Units);
        _text = sum.ToString();
        var network = Sums.SmallestNetwork(sum);
        _tree = ExpressionTrees.Build<Func<double, double>>(network);
        var xs = Points.Across(network, 1024);
        Agreement.Check(nameof(TextToFirstResult), network, xs, Relu.Compile(_text).Unary);
        Agreement.Check(nameof(TextToFirstResultCompiledTier), network, xs, Relu.Compile(_text, CompiledTier).Unary);
        Agreement.Check(nameof(TextToFirstResultSumForm), network, xs, Relu.Compile(_text, SumForm).Unary);
        Agreement.Check(nameof(CompileFastOfBuiltTree), network, xs, _tree.CompileFast());
        Agreement.Check(nameof(ExpressionCompileOfBuiltTree), network, xs, _tree.Compile());
        if (Relu.Compile(_text).Tier != ReluTier.Interpreted)
        {
            throw new InvalidOperationException("Relu.Compile should answer from the first tier.");
        }
    }

    /// <summary>Relu.Compile(text).Invoke(x) as a user calls it: the first tier answers.</summary>
    [Benchmark]
    public double TextToFirstResult()
    {
        Relu.Cache.Clear();
        return Relu.Compile(_text).Invoke(X);
    }

    /// <summary>
    /// The same with the sum form forced, so the first tier evaluates what the trees below hold (the same units
    /// summed in order); without it the plan takes the piece table from 17 units on, an algorithm the trees lack.
    /// </summary>
    [Benchmark]
    public double TextToFirstResultSumForm()
    {
        Relu.Cache.Clear();
        return Relu.Compile(_text, SumForm).Invoke(X);
    }

    /// <summary>The same with the IL forced (emit and JIT of one DynamicMethod): what Compile cost before the tiers.</summary>
    [Benchmark]
    public double TextToFirstResultCompiledTier()
    {
        Relu.Cache.Clear();
        return Relu.Compile(_text, CompiledTier).Invoke(X);
    }

    [Benchmark(Baseline = true)]
    public double CompileFastOfBuiltTree() => _tree.CompileFast()(X);

    [Benchmark]
    public double ExpressionCompileOfBuiltTree() => _tree.Compile()(X);
}
