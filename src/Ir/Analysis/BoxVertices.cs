using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// The extremes of a piecewise-linear function on a box, exactly: f is linear on each cell of its
/// hyperplanes cut to the box, and a linear function on a bounded polytope is extreme at a vertex, so
/// the minimum and maximum are among the points where n independent planes (kink hyperplanes or box
/// faces) meet inside the box. That is C(K + 2n, n) small exact solves.
/// </summary>
internal static class BoxVertices
{
    /// <summary>Past this many n-plane systems the enumeration is not tried.</summary>
    public const long MaxSystems = 200_000;

    /// <summary>The number of systems for K kinks in n variables: C(K + 2n, n).</summary>
    public static long Systems(int kinks, int dimension)
    {
        long count = 1;
        var total = kinks + (2 * dimension);
        for (var i = 0; i < dimension; i++)
        {
            count = count * (total - i) / (i + 1);
            if (count > MaxSystems * 10)
            {
                return count;
            }
        }

        return count;
    }

    /// <summary>The exact minimum and maximum on [A, B]ⁿ with a point each, or null past <see cref="MaxSystems"/>.</summary>
    public static (PointExtremum Minimum, PointExtremum Maximum)? Extremes(Arrangement f, Fraction from, Fraction to)
    {
        var n = f.Dimension;
        if (Systems(f.Kinks.Count, n) > MaxSystems)
        {
            return null;
        }

        var planes = new List<Fraction[]>();
        foreach (var kink in f.Kinks)
        {
            var row = new Fraction[n + 1];
            kink.Normal.CopyTo(row, 0);
            row[n] = (-kink.Offset).Reduce();
            planes.Add(row);
        }

        for (var i = 0; i < n; i++)
        {
            foreach (var end in new[] { from, to })
            {
                var row = new Fraction[n + 1];
                for (var j = 0; j < n; j++)
                {
                    row[j] = j == i ? Fraction.One : Fraction.Zero;
                }

                row[n] = end;
                planes.Add(row);
            }
        }

        PointExtremum? low = null, high = null;
        var chosen = new List<Fraction[]>(n);
        Choose(planes, 0, n, chosen, point =>
        {
            foreach (var x in point)
            {
                if (x.CompareTo(from) < 0 || x.CompareTo(to) > 0)
                {
                    return;
                }
            }

            var value = f.Evaluate(point);
            if (low is null || value.CompareTo(low.Value) < 0)
            {
                low = new PointExtremum(value, System.Collections.Immutable.ImmutableArray.Create(point));
            }

            if (high is null || value.CompareTo(high.Value) > 0)
            {
                high = new PointExtremum(value, System.Collections.Immutable.ImmutableArray.Create(point));
            }
        });

        // The box's own corners are always among the candidates, so both are set.
        return (low!, high!);
    }

    private static void Choose(List<Fraction[]> planes, int start, int n, List<Fraction[]> chosen, System.Action<Fraction[]> visit)
    {
        if (chosen.Count == n)
        {
            if (LinearSystem.Solve(chosen, n) is { } point)
            {
                visit(point);
            }

            return;
        }

        for (var i = start; i <= planes.Count - (n - chosen.Count); i++)
        {
            chosen.Add(planes[i]);
            Choose(planes, i + 1, n, chosen, visit);
            chosen.RemoveAt(chosen.Count - 1);
        }
    }
}
