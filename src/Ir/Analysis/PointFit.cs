using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>A data point (x, y) with exact coordinates.</summary>
/// <param name="X">x.</param>
/// <param name="Y">y.</param>
public readonly record struct DataPoint(Fraction X, Fraction Y);

/// <summary>
/// What <see cref="PointFit"/> gives: the fitted function, its smallest network, and its largest error on
/// the given points (0 for the interpolant).
/// </summary>
/// <param name="Form">The fitted function's canonical form.</param>
/// <param name="Network">Its smallest one-hidden-layer network.</param>
/// <param name="MaxError">max |f(xᵢ) − yᵢ| over the given points, exact.</param>
/// <param name="Knots">The x of the points the function passes through and bends at, left to right.</param>
/// <param name="Method">How the fit was made, in words.</param>
public sealed record FitResult(CanonicalForm Form, SmallestNetworkResult Network, Fraction MaxError, IReadOnlyList<Fraction> Knots, string Method)
{
    /// <summary>Whether the function passes through every given point.</summary>
    public bool IsInterpolant => MaxError.IsZero;
}

/// <summary>
/// Networks through points: the piecewise-linear interpolant, flat outside the
/// points, f(x) = y₀ + m₀·σ(x − x₀) + Σ (mᵢ − mᵢ₋₁)·σ(x − xᵢ) − mₙ₋₁·σ(x − xₙ); and, with a budget of
/// units, the best such function through a subset of the points, chosen by dynamic programming for the
/// smallest largest error (L∞) on the given points.
/// </summary>
public static class PointFit
{
    /// <summary>The most points a budgeted fit takes: its dynamic programme costs O(n³) exact operations.</summary>
    public const int MaxBudgetedPoints = 200;

    /// <summary>The interpolant through <paramref name="points"/> (any order; an x twice must have one y) as a form in <paramref name="variable"/>.</summary>
    /// <param name="points">The points, exact, in any order; at least one.</param>
    /// <param name="variable">The variable's name in the result.</param>
    /// <returns>The piecewise-linear function through every point, constant left of the first and right of the last.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="points"/> is null or empty, or gives one x two values.</exception>
    public static CanonicalForm Interpolate(IReadOnlyList<DataPoint> points, string variable = "x")
    {
        var sorted = Sorted(points);
        return Through(sorted, Enumerable.Range(0, sorted.Count).ToList(), variable);
    }

    /// <summary>
    /// The interpolant and its smallest network; with <paramref name="maxUnits"/>, the function through a
    /// subset of the points (flat outside them) whose smallest network has at most that many units and whose
    /// largest error on the points is least among such subsets.
    /// </summary>
    /// <param name="points">The points, exact, in any order; at least one, and at most <see cref="MaxBudgetedPoints"/> with a budget that the interpolant exceeds.</param>
    /// <param name="maxUnits">The most hidden units the result may need, or null for the interpolant.</param>
    /// <param name="variable">The variable's name in the result.</param>
    /// <returns>The function, its smallest network, its largest error on the points and the x where it bends.</returns>
    /// <exception cref="System.ArgumentException">
    /// <paramref name="points"/> is null or empty, gives one x two values, or has more than <see cref="MaxBudgetedPoints"/> points
    /// when the interpolant needs more than <paramref name="maxUnits"/> units.
    /// </exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="maxUnits"/> is negative and the interpolant needs a unit.</exception>
    public static FitResult Fit(IReadOnlyList<DataPoint> points, int? maxUnits = null, string variable = "x")
    {
        var sorted = Sorted(points);
        var all = Enumerable.Range(0, sorted.Count).ToList();
        var exact = Result(sorted, all, variable, "interpolant through every point, flat outside them");
        if (maxUnits is not { } budget || exact.Network.Network.Hidden.Length <= budget)
        {
            return exact;
        }

        if (budget < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUnits), "The number of units cannot be negative.");
        }

        if (sorted.Count > MaxBudgetedPoints)
        {
            throw new ArgumentException($"A fit with a budget of units takes at most {MaxBudgetedPoints} points; {sorted.Count} were given.", nameof(points));
        }

        var method = $"best of the functions through a subset of the points (flat outside it) with at most {budget} {(budget == 1 ? "unit" : "units")}, by dynamic programming on the largest error";
        var table = new KnotTable(sorted);
        FitResult? best = null;
        for (var knots = 1; knots <= sorted.Count; knots++)
        {
            var chosen = table.Best(knots);
            var form = Through(sorted, chosen, variable);
            if (form.Terms.Length > budget)
            {
                continue;
            }

            var candidate = Result(sorted, chosen, variable, method);
            if (candidate.Network.Network.Hidden.Length <= budget && (best is null || candidate.MaxError.CompareTo(best.MaxError) < 0))
            {
                best = candidate;
            }
        }

        // One knot is a constant, which needs no unit, so some candidate always fits the budget.
        return best!;
    }

    private static FitResult Result(List<DataPoint> sorted, List<int> chosen, string variable, string method)
    {
        var form = Through(sorted, chosen, variable);
        var network = NetworkBuilder.Smallest(form.ToReluSum(), new[] { variable });
        var error = Fraction.Zero;
        var function = form.ToUnivariate(variable);
        foreach (var point in sorted)
        {
            var miss = UnivariateAnalyzer.Abs((function.Evaluate(point.X) - point.Y).Reduce());
            error = miss.CompareTo(error) > 0 ? miss : error;
        }

        return new FitResult(form, network, error, chosen.Select(i => sorted[i].X).ToList(), method);
    }

    /// <summary>Flat outside the chosen points; one point gives a constant.</summary>
    private static CanonicalForm Through(List<DataPoint> sorted, List<int> chosen, string variable) =>
        CanonicalForm.FromKnots(variable, Fraction.Zero, chosen.Select(i => (sorted[i].X, sorted[i].Y)).ToList(), Fraction.Zero);

    /// <summary>Sorts by x; the same x twice is an error unless the y agree (then it counts once).</summary>
    private static List<DataPoint> Sorted(IReadOnlyList<DataPoint> points)
    {
        if (points is null || points.Count == 0)
        {
            throw new ArgumentException("A fit needs at least one point.", nameof(points));
        }

        var sorted = points.Select(p => new DataPoint(p.X.Reduce(), p.Y.Reduce())).ToList();
        sorted.Sort((p, q) => p.X.CompareTo(q.X));
        var distinct = new List<DataPoint> { sorted[0] };
        foreach (var point in sorted.Skip(1))
        {
            var last = distinct[distinct.Count - 1];
            if (point.X.CompareTo(last.X) != 0)
            {
                distinct.Add(point);
            }
            else if (point.Y.CompareTo(last.Y) != 0)
            {
                throw new ArgumentException($"x = {ExactMath.Format(point.X)} is given twice with different values ({ExactMath.Format(last.Y)} and {ExactMath.Format(point.Y)}).", nameof(points));
            }
        }

        return distinct;
    }
}
