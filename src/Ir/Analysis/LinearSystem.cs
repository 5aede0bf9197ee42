using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>Exact Gaussian elimination on small dense systems of rationals.</summary>
internal static class LinearSystem
{
    /// <summary>
    /// The unique solution of Σⱼ rows[i][j]·xⱼ = rows[i][n] (n unknowns, n rows), or null when the
    /// rows are not independent.
    /// </summary>
    public static Fraction[]? Solve(IReadOnlyList<Fraction[]> rows, int n)
    {
        var m = new Fraction[n][];
        for (var i = 0; i < n; i++)
        {
            m[i] = (Fraction[])rows[i].Clone();
        }

        for (var column = 0; column < n; column++)
        {
            var pivot = -1;
            for (var r = column; r < n && pivot < 0; r++)
            {
                pivot = m[r][column].IsZero ? -1 : r;
            }

            if (pivot < 0)
            {
                return null;
            }

            (m[column], m[pivot]) = (m[pivot], m[column]);
            for (var r = 0; r < n; r++)
            {
                if (r == column || m[r][column].IsZero)
                {
                    continue;
                }

                var factor = (m[r][column] / m[column][column]).Reduce();
                for (var c = column; c <= n; c++)
                {
                    m[r][c] = (m[r][c] - factor * m[column][c]).Reduce();
                }
            }
        }

        var x = new Fraction[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = (m[i][n] / m[i][i]).Reduce();
        }

        return x;
    }
}
