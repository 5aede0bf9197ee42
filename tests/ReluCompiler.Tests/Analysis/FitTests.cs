using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir.Analysis;
using ReluCompiler.Tests.Canonical;
using Xunit;

namespace ReluCompiler.Tests.Analysis;

/// <summary><see cref="PointFit"/>: through every point with the fewest units, and the budgeted fit against brute force.</summary>
public class FitTests
{
    private static readonly Gen<List<DataPoint>> Points =
        Gen.Select(Gen.Int[-20, 20].Array[1, 12], RandomSums.SmallRational.Array[12])
            .Select((xs, ys) => xs.Distinct().Select((x, i) => new DataPoint(new Fraction(x, 2), ys[i])).ToList());

    [Fact]
    public void TheInterpolantPassesThroughEveryPointWithOneUnitPerSlopeChange()
    {
        Points.Sample(
            points =>
            {
                var fit = PointFit.Fit(points);
                var network = fit.Network.Network.ToReluSum();
                foreach (var p in points)
                {
                    Assert.Equal(p.Y, network.Evaluate(new Dictionary<string, Fraction> { ["x"] = p.X }));
                }

                Assert.True(fit.IsInterpolant);
                Assert.True(fit.Network.IsProvenMinimal);
                Assert.Equal(SlopeChanges(points.OrderBy(p => p.X).ToList()), fit.Network.Network.Hidden.Length);
            },
            iter: 300);
    }

    [Fact]
    public void TheBudgetedFitHasTheLeastErrorOfAllKnotSubsetsWithinTheBudget()
    {
        Gen.Select(Points.Where(p => p.Count <= 7), Gen.Int[0, 4]).Sample(
            (points, budget) =>
            {
                var sorted = points.OrderBy(p => p.X).ToList();
                var fit = PointFit.Fit(points, budget);
                Assert.True(fit.Network.Network.Hidden.Length <= budget);

                // Brute force: every non-empty subset of the points as knots, flat outside.
                Fraction? best = null;
                for (var mask = 1; mask < 1 << sorted.Count; mask++)
                {
                    var knots = sorted.Where((_, i) => (mask & (1 << i)) != 0).ToList();
                    if (SlopeChanges(knots) > budget)
                    {
                        continue;
                    }

                    var error = sorted.Max(p => Abs(Through(knots, p.X) - p.Y));
                    best = best is { } b && b.CompareTo(error) <= 0 ? b : error;
                }

                Assert.Equal(best, fit.MaxError);
                Assert.Equal(fit.MaxError, sorted.Max(p => Abs(fit.Form.ToUnivariate("x").Evaluate(p.X) - p.Y)));
            },
            iter: 200);
    }

    [Fact]
    public void TheSameXTwiceWithDifferentValuesIsRefused()
    {
        var error = Assert.Throws<System.ArgumentException>(() => PointFit.Fit([new DataPoint(1, 2), new DataPoint(1, 3)]));
        Assert.StartsWith("x = 1 is given twice with different values (2 and 3).", error.Message);
    }

    /// <summary>The kinks of the function through sorted knots, flat outside: slope changes of 0, s₁, …, sₙ₋₁, 0.</summary>
    private static int SlopeChanges(List<DataPoint> knots)
    {
        var slopes = new List<Fraction> { Fraction.Zero };
        for (var i = 0; i + 1 < knots.Count; i++)
        {
            slopes.Add(((knots[i + 1].Y - knots[i].Y) / (knots[i + 1].X - knots[i].X)).Reduce());
        }

        slopes.Add(Fraction.Zero);
        return slopes.Zip(slopes.Skip(1), (a, b) => a.CompareTo(b) != 0).Count(changed => changed);
    }

    /// <summary>The value at x of the function through sorted knots, flat outside, by finding x's segment.</summary>
    private static Fraction Through(List<DataPoint> knots, Fraction x)
    {
        if (x.CompareTo(knots[0].X) <= 0)
        {
            return knots[0].Y;
        }

        for (var i = 0; i + 1 < knots.Count; i++)
        {
            if (x.CompareTo(knots[i + 1].X) <= 0)
            {
                return (knots[i].Y + (knots[i + 1].Y - knots[i].Y) * (x - knots[i].X) / (knots[i + 1].X - knots[i].X)).Reduce();
            }
        }

        return knots[^1].Y;
    }

    private static Fraction Abs(Fraction value) => value.IsNegative ? (-value).Reduce() : value.Reduce();
}
