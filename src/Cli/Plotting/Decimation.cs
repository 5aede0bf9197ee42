using System;
using System.Collections.Generic;

namespace ReluCompiler.Cli.Plotting;

/// <summary>
/// Fewer vertices that draw the same picture. Within one pixel column a polyline can only show the
/// lowest and highest point it reaches and where it enters and leaves, so keeping the first, lowest,
/// highest and last vertex of each column (in their order) draws the same pixels as all of them: at
/// most four vertices a column, whatever the number of breakpoints. Linear time.
/// </summary>
internal static class Decimation
{
    /// <summary>The polyline through (<paramref name="xs"/>, <paramref name="ys"/>), sorted by x, reduced for <paramref name="columns"/> pixel columns over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static (double[] Xs, double[] Ys) Polyline(double[] xs, double[] ys, double from, double to, int columns)
    {
        if (xs.Length <= 4 * columns)
        {
            return (xs, ys);
        }

        var keptX = new List<double>(4 * columns + 2);
        var keptY = new List<double>(4 * columns + 2);
        var scale = columns / (to - from);
        var start = 0;
        while (start < xs.Length)
        {
            var column = Column(xs[start], from, scale, columns);
            var end = start + 1;
            var low = start;
            var high = start;
            while (end < xs.Length && Column(xs[end], from, scale, columns) == column)
            {
                low = ys[end] < ys[low] ? end : low;
                high = ys[end] > ys[high] ? end : high;
                end++;
            }

            foreach (var index in Ordered(start, low, high, end - 1))
            {
                keptX.Add(xs[index]);
                keptY.Add(ys[index]);
            }

            start = end;
        }

        return (keptX.ToArray(), keptY.ToArray());
    }

    private static int Column(double x, double from, double scale, int columns) => Math.Clamp((int)Math.Floor((x - from) * scale), 0, columns - 1);

    /// <summary>The distinct indices among the four, in increasing order.</summary>
    private static IEnumerable<int> Ordered(int first, int low, int high, int last)
    {
        var (a, b) = low < high ? (low, high) : (high, low);
        var previous = -1;
        foreach (var index in new[] { first, a, b, last })
        {
            if (index > previous)
            {
                yield return index;
                previous = index;
            }
        }
    }
}
