using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Which way each kink's unit faces, for the fewest hidden units (README, "The library": the smallest network).
/// <para>
/// With K distinct kink hyperplanes every network needs a unit on each, so K is a lower bound. A unit
/// turned to face the other way, dₖ·σ(−zₖ) = dₖ·σ(zₖ) − dₖ·(hₖ·x + βₖ), adds −dₖ·hₖ to the linear part;
/// K units suffice exactly when the flipped set L has Σ_L dₖ·hₖ = −a (a vector subset-sum; in one
/// variable Σ_L dₖ = −m). K + 1 units suffice exactly when one hyperplane j carries two units, one
/// each way, which adds any multiple of hⱼ: a + Σ_L dₖ·hₖ must be parallel to some hⱼ — always so in
/// one variable. Otherwise K + 2: the linear part left over becomes σ(a·x) − σ(−a·x). A unit on a
/// hyperplane without a kink would need a partner to cancel its kink, so no other shape is smaller.
/// </para>
/// </summary>
internal sealed record WidthPlan(bool[] Flipped, int? SplitAt, Fraction SplitLeftWeight, Fraction[]? ExtraLine, int LowerBound, string? Note)
{
    /// <summary>K·2^(K/2) above this: the per-hyperplane K + 1 search is skipped.</summary>
    private const double SplitSearchBudget = 1 << 23;

    /// <summary>
    /// The facings for the fewest units; <paramref name="asWritten"/> (which kinks the input itself turned left)
    /// is tried first, so a network that already has one unit per kink is recognised as minimal at once.
    /// </summary>
    public static WidthPlan Find(IReadOnlyList<Fraction[]> normals, IReadOnlyList<Fraction> kinks, Fraction[] linear, bool[]? asWritten = null)
    {
        var count = normals.Count;
        var items = normals.Select((h, k) => h.Select(v => (v * kinks[k]).Reduce()).ToArray()).ToArray();
        var target = linear.Select(v => (-v).Reduce()).ToArray();
        var flat = SubsetSum.Solve(items, target, hint: asWritten);
        if (flat.Chosen is { } chosen)
        {
            return new WidthPlan(chosen, null, Fraction.Zero, null, count, null);
        }

        var lowerBound = flat.Exhaustive ? count + 1 : count;
        var skipped = flat.Exhaustive ? null : $"with {count} kinks the exact search for {count} units was skipped, so {count} units may suffice";
        var splitSearchExhaustive = false;
        if ((SplitCheaply(normals, items, linear) ?? SplitExactly(normals, items, linear, flat.Exhaustive, out splitSearchExhaustive)) is { } split)
        {
            return split with { LowerBound = lowerBound, Note = skipped };
        }

        var proven = flat.Exhaustive && splitSearchExhaustive;
        var note = skipped ?? (proven ? null : $"with {count} kinks the exact search for {count + 1} units was skipped, so {count + 1} units may suffice");
        return new WidthPlan(new bool[count], null, Fraction.Zero, linear, proven ? count + 2 : lowerBound, note);
    }

    /// <summary>K + 1 with nothing flipped (residual a) or everything but j flipped (residual a + Σ dₖhₖ − dⱼhⱼ).</summary>
    private static WidthPlan? SplitCheaply(IReadOnlyList<Fraction[]> normals, Fraction[][] items, Fraction[] linear)
    {
        var count = normals.Count;
        var byDirection = new Dictionary<string, int>();
        for (var k = count - 1; k >= 0; k--)
        {
            byDirection[Direction(normals[k])] = k;
        }

        if (byDirection.TryGetValue(Direction(linear), out var j))
        {
            return Split(normals, items, linear, new bool[count], j);
        }

        var all = Enumerable.Range(0, linear.Length).Select(i => (linear[i] + items.Aggregate(Fraction.Zero, (s, v) => s + v[i])).Reduce()).ToArray();
        if (byDirection.TryGetValue(Direction(all), out j))
        {
            return Split(normals, items, linear, Enumerable.Range(0, count).Select(k => k != j).ToArray(), j);
        }

        return null;
    }

    /// <summary>For each j, the subset-sum of the items projected along hⱼ (only when K is small enough for all of them).</summary>
    private static WidthPlan? SplitExactly(IReadOnlyList<Fraction[]> normals, Fraction[][] items, Fraction[] linear, bool worthIt, out bool exhaustive)
    {
        var count = normals.Count;
        exhaustive = worthIt && count * System.Math.Pow(2, (count + 1) / 2) <= SplitSearchBudget;
        if (!exhaustive)
        {
            return null;
        }

        for (var j = 0; j < count; j++)
        {
            var h = normals[j];
            var pivot = System.Array.FindIndex(h, v => !v.IsZero);
            Fraction[] Project(Fraction[] v) => v.Select((x, i) => (x - v[pivot] / h[pivot] * h[i]).Reduce()).ToArray();
            var answer = SubsetSum.Solve(items.Select(Project).ToArray(), Project(linear).Select(v => (-v).Reduce()).ToArray(), count, (1L << 26) / count);
            if (answer.Chosen is { } chosen)
            {
                chosen[j] = false;
                return Split(normals, items, linear, chosen, j);
            }

            exhaustive &= answer.Exhaustive;
        }

        return null;
    }

    /// <summary>Units at hⱼ facing both ways: the left one's weight b makes −b·hⱼ the residual a + Σ_L dₖhₖ.</summary>
    private static WidthPlan Split(IReadOnlyList<Fraction[]> normals, Fraction[][] items, Fraction[] linear, bool[] flipped, int j)
    {
        var pivot = System.Array.FindIndex(normals[j], v => !v.IsZero);
        var residual = linear[pivot];
        for (var k = 0; k < items.Length; k++)
        {
            if (flipped[k])
            {
                residual += items[k][pivot];
            }
        }

        return new WidthPlan(flipped, j, (-residual / normals[j][pivot]).Reduce(), null, 0, null);
    }

    /// <summary>A key shared by parallel vectors: divided by the first non-zero entry; "0" for the zero vector.</summary>
    private static string Direction(Fraction[] v)
    {
        var pivot = System.Array.FindIndex(v, x => !x.IsZero);
        return pivot < 0 ? "0" : string.Join(",", v.Select(x => ExactMath.Format(x / v[pivot])));
    }
}
