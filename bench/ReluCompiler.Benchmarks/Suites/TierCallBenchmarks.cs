using System;
using BenchmarkDotNet.Attributes;
using ReluCompiler.Benchmarks.HandWritten;
using ReluCompiler.Benchmarks.Infrastructure;
using ReluCompiler.Benchmarks.Workloads;
using ReluCompiler.Emit;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Suites;

/// <summary>
/// Issue 15's call targets, one call in one variable on 65,536 points per invocation (as
/// <see cref="EvaluationBenchmarks"/>): the first tier, the IL it promotes to, and a delegate handed out before
/// promotion (it forwards), against hand-written C# (straight-line for 6 units, a branch-free table past that).
/// </summary>
public class TierCallBenchmarks
{
    private Func<double, double> _byHand = null!;
    private Func<double, double> _il = null!;
    private Func<double, double> _firstTier = null!;
    private Func<double, double> _promotedHeld = null!;
    private Func<double, double> _promoted = null!;
    private double[] _xs = null!;
    private double[] _ys = null!;

    [Params(6, 64, 1024)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = Sums.SmallestNetwork(Sums.Kinks(Units));
        _xs = Points.Across(network);
        _ys = new double[_xs.Length];
        var plan = EvaluationPlan.For(network);
        _byHand = Baseline.For(Units, network);
        _il = CompiledNetwork.Compile(plan, ReluTier.Compiled).Unary;
        _firstTier = CompiledNetwork.Compile(plan, ReluTier.Interpreted).Unary;
        var auto = CompiledNetwork.Compile(plan, ReluTier.Auto, promotionThreshold: int.MaxValue);
        _promotedHeld = auto.Unary;
        if (!auto.Promote() || auto.Tier != ReluTier.Compiled)
        {
            throw new InvalidOperationException("The network did not promote.");
        }

        _promoted = auto.Unary;
        Agreement.Check(nameof(ByHand), network, _xs, _byHand);
        Agreement.Check(nameof(Il), network, _xs, _il);
        Agreement.Check(nameof(FirstTier), network, _xs, _firstTier);
        Agreement.Check(nameof(PromotedHeld), network, _xs, _promotedHeld);
        Agreement.Check(nameof(Promoted), network, _xs, _promoted);
        for (var i = 0; i < 1024; i++)
        {
            if (BitConverter.DoubleToInt64Bits(_firstTier(_xs[i])) != BitConverter.DoubleToInt64Bits(_il(_xs[i])))
            {
                throw new InvalidOperationException($"The first tier and the IL differ at {_xs[i]:R}.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points.PerInvocation)]
    public void ByHand() => Calls.Unary(_byHand, _xs, _ys);

    /// <summary>The IL delegate alone (ReluTier.Compiled).</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void Il() => Calls.Unary(_il, _xs, _ys);

    /// <summary>The first tier alone (ReluTier.Interpreted): the precompiled kernel, its counter and forwarding check.</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void FirstTier() => Calls.Unary(_firstTier, _xs, _ys);

    /// <summary>A delegate taken before promotion and called after it: forwards to the IL.</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void PromotedHeld() => Calls.Unary(_promotedHeld, _xs, _ys);

    /// <summary>The delegate the network hands out after promotion: the IL's.</summary>
    [Benchmark(OperationsPerInvoke = Points.PerInvocation)]
    public void Promoted() => Calls.Unary(_promoted, _xs, _ys);
}
