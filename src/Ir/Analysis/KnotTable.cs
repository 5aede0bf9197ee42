using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir.Analysis;

/// <summary>
/// The dynamic programme behind a budgeted fit. The function through knots i₁ &lt; … &lt; i_k (indices
/// into points sorted by x) is flat at y(i₁) to the left, the chords between knots, and flat at y(i_k) to
/// the right; its largest error is the worst of the left tail, each chord's worst point and the right tail.
/// best[k][j], the least largest error over points 0..j with k knots the last at j, is
/// min over i &lt; j of max(best[k−1][i], chord(i, j)). O(n³) to fill, all exact.
/// </summary>
internal sealed class KnotTable
{
    private readonly List<DataPoint> _points;
    private readonly Fraction[,] _chord;
    private readonly Fraction[] _left;
    private readonly Fraction[] _right;

    public KnotTable(List<DataPoint> points)
    {
        _points = points;
        var n = points.Count;
        _chord = new Fraction[n, n];
        _left = new Fraction[n];
        _right = new Fraction[n];
        for (var a = 0; a < n; a++)
        {
            _left[a] = Worst(0, a, i => points[a].Y);
            _right[a] = Worst(a + 1, n, i => points[a].Y);
            for (var b = a + 1; b < n; b++)
            {
                var slope = ((points[b].Y - points[a].Y) / (points[b].X - points[a].X)).Reduce();
                var start = points[a];
                _chord[a, b] = Worst(a + 1, b, i => start.Y + slope * (points[i].X - start.X));
            }
        }
    }

    /// <summary>The knot indices of the best function with exactly <paramref name="count"/> knots.</summary>
    public List<int> Best(int count)
    {
        var n = _points.Count;
        var best = new Fraction?[count + 1, n];
        var from = new int[count + 1, n];
        for (var j = 0; j < n; j++)
        {
            best[1, j] = _left[j];
        }

        for (var k = 2; k <= count; k++)
        {
            for (var j = k - 1; j < n; j++)
            {
                for (var i = k - 2; i < j; i++)
                {
                    if (best[k - 1, i] is not { } before)
                    {
                        continue;
                    }

                    var error = Max(before, _chord[i, j]);
                    if (best[k, j] is not { } current || error.CompareTo(current) < 0)
                    {
                        best[k, j] = error;
                        from[k, j] = i;
                    }
                }
            }
        }

        var last = -1;
        Fraction? total = null;
        for (var j = count - 1; j < n; j++)
        {
            if (best[count, j] is { } error && Max(error, _right[j]) is var withTail && (total is null || withTail.CompareTo(total.Value) < 0))
            {
                total = withTail;
                last = j;
            }
        }

        var knots = new List<int>(count);
        for (var k = count; k >= 1; k--)
        {
            knots.Insert(0, last);
            last = from[k, last];
        }

        return knots;
    }

    private Fraction Worst(int start, int end, System.Func<int, Fraction> line)
    {
        var worst = Fraction.Zero;
        for (var i = start; i < end; i++)
        {
            worst = Max(worst, UnivariateAnalyzer.Abs((_points[i].Y - line(i)).Reduce()));
        }

        return worst;
    }

    private static Fraction Max(Fraction a, Fraction b) => a.CompareTo(b) >= 0 ? a : b;
}
