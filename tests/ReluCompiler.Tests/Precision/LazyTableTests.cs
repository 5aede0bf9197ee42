using System;
using System.Linq;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Tests.Precision;

/// <summary>
/// A one-variable form with more kinks than <see cref="CorrectlyRoundedEvaluator.EagerTableKinks"/> answers exactly
/// until its piece table pays for itself: the values are the exact value rounded once in both phases.
/// </summary>
public sealed class LazyTableTests
{
    private static readonly int Kinks = CorrectlyRoundedEvaluator.EagerTableKinks + 904;

    /// <summary><c>+ 1σ(x - 0/3) - 2σ(x - 1/3) + 3σ(x - 2/3) …</c>: kinks at thirds, none of them a double but 0.</summary>
    private static readonly Lazy<ReluExpression> Big = new(() => Relu.Parse(string.Join(
        " ",
        Enumerable.Range(0, Kinks).Select(k => $"{(k % 2 == 0 ? "+" : "-")} {k % 5 + 1}σ(x - {k}/3)"))));

    [Fact]
    public void ABigFormGivesTheExactValueRoundedOnceBeforeAndAfterItsTableIsBuilt()
    {
        var evaluator = CorrectlyRoundedEvaluator.Create(Big.Value.Canonical, Big.Value.Inputs);
        var random = new Random(15);
        var points = Enumerable.Range(0, (2 * CorrectlyRoundedEvaluator.LazyTableCalls) + 8)
            .Select(_ => (random.NextDouble() * ((Kinks / 3.0) + 4)) - 2)
            .Concat([0.0, 1.0 / 3, Kinks / 3.0, 1e300, -1e300])
            .ToArray();
        foreach (var x in points)
        {
            Assert.Equal(CorrectRoundingTests.Oracle(Big.Value, x), evaluator.Evaluate(x));
        }
    }

    [Fact]
    public void ABigFormBuildsItsTableOnlyAfterSixteenExactAnswers()
    {
        // Kinks at integers: between two of them the table's bound proves the rounding at once.
        var staircase = Relu.Parse(string.Join(" ", Enumerable.Range(0, Kinks).Select(k => $"{(k % 2 == 0 ? "+" : "-")} {k % 5 + 1}σ(x - {k})")));
        var evaluator = CorrectlyRoundedEvaluator.Create(staircase.Canonical, staircase.Inputs);
        for (var call = 0; call < CorrectlyRoundedEvaluator.LazyTableCalls; call++)
        {
            Assert.False(evaluator.TryEvaluateFast([100.5], out _));
        }

        Assert.True(evaluator.TryEvaluateFast([100.5], out var value));
        Assert.Equal(CorrectRoundingTests.Oracle(staircase, 100.5), value);
    }

    [Fact]
    public void ASmallFormHasItsTableFromTheFirstCall()
    {
        var evaluator = Relu.Parse("σ(x - 0) - σ(x - 1) + 3σ(x - 2)").CorrectlyRounded;
        Assert.True(evaluator.TryEvaluateFast([2.5], out var value));
        Assert.Equal(2.5, value);
    }
}
