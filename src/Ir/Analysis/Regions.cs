using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// The regions of a hyperplane arrangement (inside an open box, or in all of ℝⁿ), found by a depth-first
/// search over sign patterns: a partial pattern is kept only while the strict inequalities it imposes
/// have a solution (<see cref="FourierMotzkin"/>), so the search visits at most 2·K nodes per region.
/// Each region is reported by the set of kinks that are active (h·x + β &gt; 0) on it.
/// </summary>
internal static class Regions
{
    /// <summary>Exact enumeration is tried up to this many kinks crossing the domain…</summary>
    public const int MaxKinks = 16;

    /// <summary>…and this many variables.</summary>
    public const int MaxVariables = 3;

    /// <summary>Calls <paramref name="visit"/> with each region's active pattern; false when the work limit was reached.</summary>
    public static bool Enumerate(Arrangement f, Fraction? from, Fraction? to, System.Action<bool[]> visit)
    {
        var n = f.Dimension;
        var system = new List<StrictInequality>();
        if (from is { } a && to is { } b)
        {
            for (var i = 0; i < n; i++)
            {
                system.Add(new StrictInequality(Unit(n, i, Fraction.One), (-a).Reduce()));
                system.Add(new StrictInequality(Unit(n, i, Fraction.MinusOne), b));
            }
        }

        var active = new bool[f.Kinks.Count];
        return Search(f, 0, system, active, visit);
    }

    private static bool Search(Arrangement f, int k, List<StrictInequality> system, bool[] active, System.Action<bool[]> visit)
    {
        if (k == f.Kinks.Count)
        {
            visit(active);
            return true;
        }

        var kink = f.Kinks[k];
        foreach (var on in new[] { true, false })
        {
            var sign = on ? Fraction.One : Fraction.MinusOne;
            var normal = new Fraction[kink.Normal.Length];
            for (var j = 0; j < normal.Length; j++)
            {
                normal[j] = (sign * kink.Normal[j]).Reduce();
            }

            system.Add(new StrictInequality(normal, (sign * kink.Offset).Reduce()));
            var feasible = FourierMotzkin.IsFeasible(system, f.Dimension);
            if (feasible is null)
            {
                return false;
            }

            active[k] = on;
            if (feasible.Value && !Search(f, k + 1, system, active, visit))
            {
                return false;
            }

            system.RemoveAt(system.Count - 1);
        }

        return true;
    }

    private static Fraction[] Unit(int n, int i, Fraction value)
    {
        var row = new Fraction[n];
        for (var j = 0; j < n; j++)
        {
            row[j] = j == i ? value : Fraction.Zero;
        }

        return row;
    }
}
