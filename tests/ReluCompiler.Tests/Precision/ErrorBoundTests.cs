using System;
using System.Linq;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>The sum form every compiled engine computes stays within its stated bound, at random and adversarial points.</summary>
public sealed class ErrorBoundTests
{
    [Fact]
    public void TheSumFormIsWithinItsStatedBound()
    {
        var random = new Random(17);
        var checkedPoints = 0;
        for (var round = 0; round < 200; round++)
        {
            var expression = Relu.Parse(CorrectRoundingTests.RandomExpression(random, random.Next(1, 3)));
            var network = expression.SmallestNetwork().Network;
            for (var p = 0; p < 20; p++)
            {
                var point = network.Inputs.Select(_ => CorrectRoundingTests.RandomPoint(random)).ToArray();
                var bound = EvaluationErrorBound.SumForm(network, point);
                if (double.IsInfinity(bound))
                {
                    continue;
                }

                var computed = network.Evaluate(point);
                var exact = network.Evaluate(point.Select(CorrectRoundingTests.ExactOf).ToArray());
                var error = CorrectRoundingTests.ExactOf(computed) - exact;
                Assert.True(
                    (error.IsNegative ? -error : error) <= CorrectRoundingTests.ExactOf(bound),
                    $"{expression.Source} at ({string.Join(", ", point)}): error {ExactMath.ToDouble(error)} > bound {bound}");
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints > 2000);
    }

    [Fact]
    public void AFarKinkMakesTheSumBoundLargeAndTheCancellationStaysInsideIt()
    {
        var network = Relu.Parse("σ(x) - σ(x - 1)").SmallestNetwork().Network;
        var bound = EvaluationErrorBound.SumForm(network, [1e16]);
        Assert.True(bound >= 1, $"bound {bound}");
        Assert.True(Math.Abs(network.Evaluate([1e16]) - 1) <= bound);
    }
}
