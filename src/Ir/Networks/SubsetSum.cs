using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>The answer of <see cref="SubsetSum.Solve"/>: a subset, or none (proven or not).</summary>
/// <param name="Chosen">Which items to take, or null when no subset was found.</param>
/// <param name="Exhaustive">Whether "none" is proven; always true when a subset was found.</param>
internal readonly record struct SubsetSumAnswer(bool[]? Chosen, bool Exhaustive);

/// <summary>
/// Vector subset-sum over exact rationals: which items add up to the target? NP-hard in general
/// (hence a smallest network that is not always proven minimal), so: the cheap cases first (the hinted subset, no item, all items, one item, all but one); then
/// exact integer search after scaling by the common denominator and packing each vector into one
/// <see cref="BigInteger"/> (mixed radix 2Bᵢ + 1, where Bᵢ bounds coordinate i of every subset sum, so the
/// packing is injective on subset sums): meet-in-the-middle up to <c>maxMeetInTheMiddle</c> items whatever the
/// magnitudes (sums compared modulo a prime, every match verified exactly), else a pseudo-polynomial table
/// when the packed range fits 64 bits and items × range fits the budget; otherwise "not found, not proven".
/// </summary>
internal static partial class SubsetSum
{
    /// <summary>Past this, a 64-bit sum in the table could overflow.</summary>
    private static readonly BigInteger MaxRange = BigInteger.One << 62;

    public static SubsetSumAnswer Solve(IReadOnlyList<Fraction[]> items, Fraction[] target, int maxMeetInTheMiddle = 40, long tableBudget = 1L << 26, bool[]? hint = null)
    {
        if (hint is not null && Sums(items, hint, target))
        {
            return new SubsetSumAnswer((bool[])hint.Clone(), true);
        }

        if (Cheap(items, target) is { } cheap)
        {
            return new SubsetSumAnswer(cheap, true);
        }

        var dimension = target.Length;
        var denominator = items.SelectMany(v => v).Concat(target)
            .Aggregate(BigInteger.One, (lcm, f) => lcm / BigInteger.GreatestCommonDivisor(lcm, f.Denominator) * f.Denominator);
        BigInteger Scaled(Fraction f) => f.Numerator * (denominator / f.Denominator);

        // Pack: weight of coordinate i is Π_{j<i} (2Bⱼ + 1).
        var packed = new BigInteger[items.Count];
        var packedTarget = BigInteger.Zero;
        var weight = BigInteger.One;
        for (var i = 0; i < dimension; i++)
        {
            var bound = BigInteger.Zero;
            for (var k = 0; k < items.Count; k++)
            {
                var value = Scaled(items[k][i]);
                bound += BigInteger.Abs(value);
                packed[k] += value * weight;
            }

            var goal = Scaled(target[i]);
            if (BigInteger.Abs(goal) > bound)
            {
                return new SubsetSumAnswer(null, true);
            }

            packedTarget += goal * weight;
            weight *= 2 * bound + 1;
        }

        if (packed.Length <= maxMeetInTheMiddle)
        {
            return new SubsetSumAnswer(MeetInTheMiddle(packed, packedTarget), true);
        }

        var range = packed.Aggregate(BigInteger.Zero, (s, v) => s + BigInteger.Abs(v));
        if (range < MaxRange && (double)packed.Length * (double)(2 * range + 1) <= tableBudget)
        {
            return new SubsetSumAnswer(Table(packed.Select(v => (long)v).ToArray(), (long)packedTarget), true);
        }

        return new SubsetSumAnswer(null, false);
    }

    /// <summary>Whether the chosen items add up to the target exactly.</summary>
    private static bool Sums(IReadOnlyList<Fraction[]> items, bool[] chosen, Fraction[] target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            var sum = Fraction.Zero;
            for (var k = 0; k < items.Count; k++)
            {
                if (chosen[k])
                {
                    sum += items[k][i];
                }
            }

            if (sum != target[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool[]? Cheap(IReadOnlyList<Fraction[]> items, Fraction[] target)
    {
        var count = items.Count;
        if (target.All(t => t.IsZero))
        {
            return new bool[count];
        }

        var total = new Fraction[target.Length];
        for (var i = 0; i < target.Length; i++)
        {
            total[i] = items.Aggregate(Fraction.Zero, (s, v) => s + v[i]).Reduce();
        }

        if (Same(total, target))
        {
            return Enumerable.Repeat(true, count).ToArray();
        }

        var rest = total.Select((t, i) => (t - target[i]).Reduce()).ToArray();
        for (var k = 0; k < count; k++)
        {
            if (Same(items[k], target))
            {
                return Enumerable.Range(0, count).Select(i => i == k).ToArray();
            }

            if (Same(items[k], rest))
            {
                return Enumerable.Range(0, count).Select(i => i != k).ToArray();
            }
        }

        return null;
    }

    private static bool Same(Fraction[] a, Fraction[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
