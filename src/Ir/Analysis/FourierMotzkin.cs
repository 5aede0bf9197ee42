using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>One strict inequality g·x + c &gt; 0 over the variables in a fixed order.</summary>
/// <param name="Coefficients">g, one per variable.</param>
/// <param name="Constant">c.</param>
internal sealed record StrictInequality(Fraction[] Coefficients, Fraction Constant);

/// <summary>
/// Whether a system of strict inequalities has a solution, exactly, by Fourier–Motzkin elimination:
/// each variable is removed by pairing every lower bound with every upper bound. The work grows like
/// m^(2^n), so it is only used on a few variables, and gives up (null) past a stated number of inequalities.
/// </summary>
internal static class FourierMotzkin
{
    /// <summary>Past this many inequalities at any step, elimination gives up.</summary>
    public const int MaxInequalities = 20_000;

    /// <summary>True when some x satisfies every inequality, false when none does, null when the limit was reached.</summary>
    public static bool? IsFeasible(IReadOnlyList<StrictInequality> system, int variables)
    {
        var current = system.ToList();
        for (var v = variables - 1; v >= 0; v--)
        {
            var lower = new List<StrictInequality>();
            var upper = new List<StrictInequality>();
            var next = new List<StrictInequality>();
            foreach (var row in current)
            {
                var g = row.Coefficients[v];
                (g.IsZero ? next : g.IsPositive ? lower : upper).Add(row);
            }

            if ((long)lower.Count * upper.Count + next.Count > MaxInequalities)
            {
                return null;
            }

            foreach (var p in lower)
            {
                foreach (var q in upper)
                {
                    // p: a·x_v + … > 0 (a > 0), q: −b·x_v + … > 0 (b > 0); b·p + a·q eliminates x_v.
                    var a = p.Coefficients[v];
                    var b = -q.Coefficients[v];
                    var combined = new Fraction[variables];
                    for (var j = 0; j < variables; j++)
                    {
                        combined[j] = (b * p.Coefficients[j] + a * q.Coefficients[j]).Reduce();
                    }

                    next.Add(new StrictInequality(combined, (b * p.Constant + a * q.Constant).Reduce()));
                }
            }

            current = next;
        }

        return current.All(row => row.Constant.IsPositive);
    }
}
