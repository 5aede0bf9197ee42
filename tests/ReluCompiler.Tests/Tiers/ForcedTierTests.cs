using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Fractions;
using System.Threading.Tasks;
using ReluCompiler.Emit;
using ReluCompiler.Emit.Il;
using ReluCompiler.Emit.Tiers;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Emit;
using Xunit;

namespace ReluCompiler.Tests.Tiers;

/// <summary>Each tier forced, the options through the facade, and the first tier's delegate shapes.</summary>
public sealed class ForcedTierTests
{
    private delegate double ThreeInputFunction(double a, double b, double c);

    [Fact]
    public async Task ForcingTheFirstTierNeverEmitsIl()
    {
        var compiled = CompiledNetwork.Compile(EvaluationPlan.For(Networks.Staircase), ReluTier.Interpreted, promotionThreshold: 1);
        var f = compiled.Unary;
        for (var i = 0; i < 100; i++)
        {
            f(i);
        }

        Assert.False(compiled.Promote());
        Assert.False(await compiled.Promotion);
        Assert.Equal(ReluTier.Interpreted, compiled.Tier);
        Assert.IsAssignableFrom<FirstTier>(compiled.Unary.Target);
        Assert.EndsWith("; first tier (precompiled kernel over the plan's arrays)", compiled.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForcingTheCompiledTierHandsOutIlFromTheFirstCall()
    {
        var compiled = CompiledNetwork.Compile(EvaluationPlan.For(Networks.Staircase), ReluTier.Compiled);
        Assert.Equal(ReluTier.Compiled, compiled.Tier);
        Assert.IsType<IlClosure>(compiled.Unary.Target);
        Assert.True(compiled.Promote());
        Assert.True(await compiled.Promotion);
        Assert.EndsWith("; emitted IL", compiled.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void AutoSaysItRunsTheFirstTierUntilItsThreshold()
    {
        var compiled = CompiledNetwork.Compile(EvaluationPlan.For(Networks.Staircase), ReluTier.Auto, promotionThreshold: 10_000);
        Assert.Equal(ReluTier.Interpreted, compiled.Tier);
        Assert.Equal(
            "sum form, one statement per hidden unit, equal bit for bit to Network.Evaluate; "
            + "first tier (precompiled kernel over the plan's arrays) until promoted to IL after 10,000 calls",
            compiled.Describe());
    }

    [Fact]
    public void TheFacadeForcesEachTierAndCachesThemApart()
    {
        const string Text = "σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) + 1/3";
        var interpreted = Relu.Compile(Text, new CompileOptions(Tier: ReluTier.Interpreted));
        var compiled = Relu.Compile(Text, new CompileOptions(Tier: ReluTier.Compiled));
        var auto = Relu.Compile(Text);
        Assert.Equal(ReluTier.Interpreted, interpreted.RequestedTier);
        Assert.Equal(ReluTier.Compiled, compiled.RequestedTier);
        Assert.Equal(ReluTier.Auto, auto.RequestedTier);
        Assert.Same(interpreted, Relu.Compile(Text, new CompileOptions(Tier: ReluTier.Interpreted)));
        foreach (var x in new[] { -1.0, 0.5, 1.5, 2.5, 1e17, double.NaN })
        {
            Doubles.AssertSame(compiled.Invoke(x), interpreted.Invoke(x), $"at {x}");
            Doubles.AssertSame(compiled.Invoke(x), auto.Invoke(x), $"at {x}");
        }

        var typed = Relu.Compile<Func<double, double>>(Text, new CompileOptions(Tier: ReluTier.Interpreted));
        Assert.IsAssignableFrom<FirstTier>(typed.Target);
    }

    [Fact]
    public void ANegativeThresholdOrAnUnknownTierIsRejected()
    {
        var plan = EvaluationPlan.For(Networks.Staircase);
        Assert.Throws<ArgumentOutOfRangeException>(() => CompiledNetwork.Compile(plan, ReluTier.Auto, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompiledNetwork.Compile(plan, (ReluTier)7));
    }

    [Fact]
    public void FirstTierTypedDelegatesOfEveryShapeGiveTheIlsBits()
    {
        var network = Networks.ThreeInputs;
        var first = CompiledNetwork.Compile(EvaluationPlan.For(network), ReluTier.Interpreted);
        var il = IlCompiler.Compile(network);
        double[][] points = [[1, 2, 0], [0, 0, 5], [-1e300, 3, double.NaN], [double.PositiveInfinity, 1, 1], [1e-310, -0.0, 7]];
        foreach (var p in points)
        {
            var expected = il.Invoke(p);
            Doubles.AssertSame(expected, first.As<Func<double, double, double, double>>()(p[0], p[1], p[2]), "Func of three");
            Doubles.AssertSame(expected, first.As<ThreeInputFunction>()(p[0], p[1], p[2]), "own delegate type");
            Doubles.AssertSame(expected, first.Span(p), "span");
        }

        var wide = SixteenInputs();
        var sixteen = CompiledNetwork.Compile(EvaluationPlan.For(wide), ReluTier.Interpreted).As<Func<double, double, double, double, double, double, double, double, double, double, double, double, double, double, double, double, double>>();
        var x = new double[16];
        for (var j = 0; j < x.Length; j++)
        {
            x[j] = j - 7.5;
        }

        Doubles.AssertSame(
            IlCompiler.Compile(wide).Invoke(x),
            sixteen(x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10], x[11], x[12], x[13], x[14], x[15]),
            "Func of sixteen");
    }

    /// <summary>Three units over x0 … x15 with thirds and sevenths, so rounding is exercised.</summary>
    private static Network SixteenInputs()
    {
        var names = Enumerable.Range(0, 16).Select(j => "x" + j.ToString(CultureInfo.InvariantCulture)).ToImmutableArray();
        var units = Enumerable.Range(0, 3)
            .Select(i => Networks.UnitOf(
                [.. Enumerable.Range(0, 16).Select(j => new Fraction(((i * 5) + j) % 9 - 4, 3))],
                new Fraction(i - 1, 7),
                new Fraction(2 * i - 3, 3)))
            .ToImmutableArray();
        return new Network(names, units, new Fraction(1, 7));
    }

    [Fact]
    public void FirstTierDelegatesRejectWrongShapesWithTheIlsMessages()
    {
        var first = CompiledNetwork.Compile(EvaluationPlan.For(Networks.TwoInputs), ReluTier.Interpreted);
        var il = IlCompiler.Compile(Networks.TwoInputs);
        var tierError = Assert.Throws<InputCountException>(() => first.Span([1.0]));
        var ilError = Assert.Throws<InputCountException>(() => il.Span([1.0]));
        Assert.Equal(ilError.Message, tierError.Message);
        Assert.Equal(
            Assert.Throws<InputCountException>(() => il.As<Func<double, double>>()).Message,
            Assert.Throws<InputCountException>(() => first.As<Func<double, double>>()).Message);
        Assert.Equal(
            Assert.Throws<ArgumentException>(() => il.As<Func<double, int>>()).Message,
            Assert.Throws<ArgumentException>(() => first.As<Func<double, int>>()).Message);
    }
}
