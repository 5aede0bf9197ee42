using System;
using System.Collections.Generic;
using System.Linq;

namespace ReluCompiler.Ir;

/// <summary>The two exact searches over packed 64-bit item values.</summary>
internal static partial class SubsetSum
{
    /// <summary>All 2^h sums of the first half in a hash table, then each sum of the second half looks up its complement.</summary>
    private static bool[]? MeetInTheMiddle(long[] values, long goal)
    {
        var half = values.Length / 2;
        var left = Sums(values, 0, half);
        var seen = new Dictionary<long, int>(left.Length);
        for (var mask = 0; mask < left.Length; mask++)
        {
            seen.TryAdd(left[mask], mask);
        }

        var right = Sums(values, half, values.Length - half);
        for (var mask = 0; mask < right.Length; mask++)
        {
            if (seen.TryGetValue(goal - right[mask], out var leftMask))
            {
                var chosen = new bool[values.Length];
                for (var i = 0; i < half; i++)
                {
                    chosen[i] = (leftMask >> i & 1) == 1;
                }

                for (var i = half; i < values.Length; i++)
                {
                    chosen[i] = (mask >> (i - half) & 1) == 1;
                }

                return chosen;
            }
        }

        return null;
    }

    /// <summary>The index of the lowest set bit (BitOperations is not public on netstandard2.0).</summary>
    private static int LowestBit(int mask)
    {
        var index = 0;
        while ((mask & 1) == 0)
        {
            mask >>= 1;
            index++;
        }

        return index;
    }

    private static long[] Sums(long[] values, int start, int count)
    {
        var sums = new long[1 << count];
        for (var mask = 1; mask < sums.Length; mask++)
        {
            var low = LowestBit(mask);
            sums[mask] = sums[mask & (mask - 1)] + values[start + low];
        }

        return sums;
    }

    /// <summary>
    /// Reachable sums item by item; each sum remembers the item that first reached it, and that item's
    /// predecessor sum was reached by an earlier item, so walking back uses each item at most once.
    /// </summary>
    private static bool[]? Table(long[] values, long goal)
    {
        var negative = values.Where(v => v < 0).Sum();
        var positive = values.Where(v => v > 0).Sum();
        if (goal < negative || goal > positive)
        {
            return null;
        }

        var size = checked((int)(positive - negative + 1));
        var offset = -negative;
        var reachedBy = new int[size];
        Array.Fill(reachedBy, -1);
        var start = values.Length;
        reachedBy[offset] = start;
        for (var k = 0; k < values.Length; k++)
        {
            var step = (int)values[k];
            if (step > 0)
            {
                for (var s = size - 1; s >= step; s--)
                {
                    if (reachedBy[s] < 0 && reachedBy[s - step] >= 0)
                    {
                        reachedBy[s] = k;
                    }
                }
            }
            else if (step < 0)
            {
                for (var s = 0; s < size + step; s++)
                {
                    if (reachedBy[s] < 0 && reachedBy[s - step] >= 0)
                    {
                        reachedBy[s] = k;
                    }
                }
            }
        }

        var at = (int)(goal + offset);
        if (reachedBy[at] < 0)
        {
            return null;
        }

        var chosen = new bool[values.Length];
        while (reachedBy[at] != start)
        {
            var k = reachedBy[at];
            chosen[k] = true;
            at -= (int)values[k];
        }

        return chosen;
    }
}
