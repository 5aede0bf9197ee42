using System;
using System.Linq;
using System.Numerics;

namespace ReluCompiler.Ir;

/// <summary>The two exact searches over packed item values: meet-in-the-middle on big integers, the table on 64-bit ones.</summary>
internal static partial class SubsetSum
{
    /// <summary>The Mersenne prime 2⁶¹ − 1: sums are compared as residues, which keeps the search in 64-bit words.</summary>
    private const ulong Prime = (1UL << 61) - 1;

    /// <summary>
    /// All 2^h sums of the first half, as residues sorted with their masks; each sum of the second half looks up
    /// the residue of its complement, and every match is verified in exact integers (a residue match of unequal
    /// sums is possible, so the search goes on after a failed verification). Exact whatever the magnitudes.
    /// </summary>
    private static bool[]? MeetInTheMiddle(BigInteger[] values, BigInteger goal)
    {
        var residues = values.Select(Residue).ToArray();
        var half = values.Length / 2;
        var left = Sums(residues, 0, half);
        var leftMasks = Enumerable.Range(0, left.Length).ToArray();
        Array.Sort(left, leftMasks);
        var right = Sums(residues, half, values.Length - half);
        var goalResidue = Residue(goal);
        for (var mask = 0; mask < right.Length; mask++)
        {
            var wanted = goalResidue >= right[mask] ? goalResidue - right[mask] : goalResidue + Prime - right[mask];
            for (var at = LowerBound(left, wanted); at < left.Length && left[at] == wanted; at++)
            {
                var chosen = new bool[values.Length];
                for (var i = 0; i < half; i++)
                {
                    chosen[i] = (leftMasks[at] >> i & 1) == 1;
                }

                for (var i = half; i < values.Length; i++)
                {
                    chosen[i] = (mask >> (i - half) & 1) == 1;
                }

                var sum = BigInteger.Zero;
                for (var i = 0; i < values.Length; i++)
                {
                    sum += chosen[i] ? values[i] : BigInteger.Zero;
                }

                if (sum == goal)
                {
                    return chosen;
                }
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

    private static ulong Residue(BigInteger value)
    {
        var residue = value % Prime;
        return (ulong)(residue.Sign < 0 ? residue + Prime : residue);
    }

    private static ulong[] Sums(ulong[] residues, int start, int count)
    {
        var sums = new ulong[1 << count];
        for (var mask = 1; mask < sums.Length; mask++)
        {
            var low = LowestBit(mask);
            var sum = sums[mask & (mask - 1)] + residues[start + low];
            sums[mask] = sum >= Prime ? sum - Prime : sum;
        }

        return sums;
    }

    /// <summary>The first index whose value is ≥ <paramref name="wanted"/> in a sorted array.</summary>
    private static int LowerBound(ulong[] sorted, ulong wanted)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < wanted)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
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
