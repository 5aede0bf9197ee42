using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Roslyn;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>
/// The bound every compiled engine states (<see cref="EvaluationPlan.ErrorBound"/>), checked against the exact
/// value of the network in rationals, for both forms, at random and adversarial points: beside kinks, far from
/// the origin, with huge and tiny weights, and on networks with float32 weights as trained models have.
/// </summary>
public sealed class PlanErrorBoundTests
{
    [Fact]
    public void BothFormsAreWithinTheirStatedBoundsOnRandomExpressionsAtAdversarialPoints()
    {
        var random = new Random(1414);
        var checkedPoints = 0;
        for (var round = 0; round < 200; round++)
        {
            var expression = Relu.Parse(CorrectRoundingTests.RandomExpression(random, random.Next(1, 3)));
            var network = expression.SmallestNetwork().Network;
            checkedPoints += CheckEveryForm(network, AdversarialPoints(network, random), expression.Source);
        }

        Assert.True(checkedPoints > 5000, $"{checkedPoints} points checked");
    }

    [Fact]
    public void BothFormsAreWithinTheirStatedBoundsOnNetworksWithFloat32Weights()
    {
        var random = new Random(32);
        var checkedPoints = 0;
        for (var round = 0; round < 60; round++)
        {
            var network = Float32Network(random, inputs: 1 + (round % 2), units: random.Next(2, 41));
            checkedPoints += CheckEveryForm(network, AdversarialPoints(network, random), $"float32 network {round}");
        }

        Assert.True(checkedPoints > 2000, $"{checkedPoints} points checked");
    }

    [Theory]
    [MemberData(nameof(CorrectRoundingTests.HardCases), MemberType = typeof(CorrectRoundingTests))]
    public void TheCompiledDelegateTheBatchAndTheGeneratedCSharpAreWithinThePlansBound(string source, double[] points)
    {
        var expression = Relu.Parse(source);
        var compiled = expression.Compile();
        var generated = RoslynCompiler.CompileNetwork(compiled.Network);
        var batch = new double[points.Length];
        compiled.Evaluate(points, batch);
        for (var i = 0; i < points.Length; i++)
        {
            var exact = compiled.Network.Evaluate([CorrectRoundingTests.ExactOf(points[i])]);
            var bound = compiled.ErrorBound([points[i]]);
            foreach (var (engine, value) in new[] { ("il", compiled.Invoke(points[i])), ("batch", batch[i]), ("roslyn", generated([points[i]])) })
            {
                AssertWithin(value, exact, bound, $"{source} on {engine} at {points[i]:R}");
            }
        }
    }

    [Theory]
    [InlineData("x + σ(-x - 1e17)", new[] { 1.0, 2, -1, 0.5 })]
    [InlineData("σ(-1.5 - 1e-30x) + x", new[] { -1.0, 1, 2, 0.25 })]
    public void AFarKinkIsCompiledToTheTableAndEveryEngineGivesTheExactValue(string source, double[] points)
    {
        var compiled = Relu.Parse(source).Compile();
        Assert.Equal(EvaluationStrategy.PieceTable, compiled.Strategy);
        var typed = compiled.As<Func<double, double>>();
        var generated = RoslynCompiler.CompileNetwork(compiled.Network);
        var batch = new double[points.Length];
        compiled.Evaluate(points, batch);
        Assert.Equal(points, points.Select(x => typed(x)).ToArray());
        Assert.Equal(points, points.Select(x => generated([x])).ToArray());
        Assert.Equal(points, batch);
    }

    [Fact]
    public void TheTableStatesABoundOfTheValuesOwnSizeWhereTheSumsBoundIsHuge()
    {
        var plan = Relu.Parse("x + σ(-x - 1e17)").Compile().Plan;
        Assert.True(plan.ErrorBound([1.0]) <= 4e-16, $"table bound {plan.ErrorBound([1.0])}");
        Assert.True(EvaluationErrorBound.SumForm(plan.Network, [1.0]) >= 1, "the sum form cancels 1e17 against 1e17 at 1");
    }

    [Theory]
    [InlineData("σ(1000 - x) - 1000", EvaluationStrategy.PieceTable)]
    [InlineData("σ(100 - x) - 100", EvaluationStrategy.StraightLine)]
    [InlineData("σ(x - 1e17)", EvaluationStrategy.StraightLine)]
    [InlineData("σ(x + 1e17)", EvaluationStrategy.StraightLine)]
    [InlineData("x + σ(-x - 1e17)", EvaluationStrategy.PieceTable)]
    [InlineData("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6)", EvaluationStrategy.StraightLine)]
    public void AKinkIsFarWhenTheSumWouldLoseMoreThanTenBitsInTheUnitBox(string source, EvaluationStrategy expected) =>
        Assert.Equal(expected, EvaluationPlan.Choose(Relu.Parse(source).SmallestNetwork().Network));

    [Fact]
    public void TrainedLikeNetworksOfAFewUnitsKeepTheSumForm()
    {
        var random = new Random(5);
        for (var round = 0; round < 50; round++)
        {
            var network = Float32Network(random, inputs: 1, units: random.Next(1, 17));
            Assert.True(SumFormCondition.Of(network) <= SumFormCondition.FarThreshold, $"κ = {SumFormCondition.Of(network)} for {network}");
            Assert.NotEqual(EvaluationStrategy.PieceTable, EvaluationPlan.Choose(network));
        }
    }

    /// <summary>Checks the sum form and, for one input, the table against the exact value; returns how many points were checked.</summary>
    private static int CheckEveryForm(Network network, IEnumerable<double[]> points, string what)
    {
        var sum = EvaluationPlan.For(network, EvaluationStrategy.StraightLine);
        var table = network.Inputs.Length == 1 ? EvaluationPlan.For(network, EvaluationStrategy.PieceTable) : null;
        var count = 0;
        foreach (var point in points)
        {
            var exact = network.Evaluate(point.Select(CorrectRoundingTests.ExactOf).ToArray().AsSpan());
            AssertWithin(network.Evaluate(point), exact, sum.ErrorBound(point), $"{what}, sum form at ({string.Join(", ", point.Select(v => v.ToString("R")))})");
            if (table is not null)
            {
                AssertWithin(table.Table!.Evaluate(point[0]), exact, table.ErrorBound(point), $"{what}, table at {point[0]:R}");
            }

            count++;
        }

        return count;
    }

    /// <summary>Random points of every scale, each kink's rounded position and its neighbours, and points far beyond the kinks.</summary>
    private static IEnumerable<double[]> AdversarialPoints(Network network, Random random)
    {
        for (var p = 0; p < 20; p++)
        {
            yield return network.Inputs.Select(_ => CorrectRoundingTests.RandomPoint(random)).ToArray();
        }

        foreach (var unit in network.Hidden)
        {
            var lead = unit.Weights.FirstOrDefault(w => !w.IsZero);
            if (lead.IsZero)
            {
                continue;
            }

            var kink = ExactMath.ToDouble((-unit.Bias / lead).Reduce());
            if (!double.IsFinite(kink))
            {
                continue;
            }

            foreach (var x in new[] { kink, Math.BitDecrement(kink), Math.BitIncrement(kink), kink * 2 + 1, -kink })
            {
                // The kink's coordinate on the unit's first input, the others at 0 or random.
                yield return network.Inputs.Select((_, j) => unit.Weights[j] == lead ? x : random.Next(2) * CorrectRoundingTests.RandomPoint(random)).ToArray();
            }
        }
    }

    /// <summary>Weights, biases and output weights drawn as float32 normals (dyadic, large denominators); one unit in four has a tiny input weight, so its kink is far.</summary>
    private static Network Float32Network(Random random, int inputs, int units)
    {
        double Normal() => (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var hidden = Enumerable.Range(0, units).Select(_ =>
        {
            var scale = random.Next(4) == 0 ? 1e-6 : 1;
            var weights = Enumerable.Range(0, inputs).Select(_ => Fraction(Normal() * scale)).ToImmutableArray();
            return new HiddenUnit(weights, Fraction(Normal()), Fraction(Normal()));
        });
        return new Network(new[] { "x", "y" }.Take(inputs).ToImmutableArray(), hidden.ToImmutableArray(), Fraction(Normal()));
    }

    private static Fraction Fraction(double value) => CorrectRoundingTests.ExactOf((float)value);

    private static void AssertWithin(double actual, Fraction exact, double bound, string where)
    {
        if (double.IsNaN(actual) || double.IsInfinity(actual))
        {
            Assert.True(double.IsPositiveInfinity(bound), $"{where}: got {actual} with a finite bound {bound}");
            return;
        }

        if (double.IsPositiveInfinity(bound))
        {
            return; // no promise (a point or a step past the double range)
        }

        var error = CorrectRoundingTests.ExactOf(actual) - exact;
        Assert.True(
            (error.IsNegative ? -error : error) <= CorrectRoundingTests.ExactOf(bound),
            $"{where}: error {ExactMath.ToDouble(error)} > bound {bound} (got {actual:R}, exact {ExactMath.ToDouble(exact):R})");
    }
}
