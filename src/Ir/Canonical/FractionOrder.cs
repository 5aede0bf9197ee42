using System;
using System.Collections.Generic;
#if NET
using System.Runtime.InteropServices;
#endif
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Sorting by an exact rational key, fast: comparing two BigInteger fractions multiplies them out, so
/// the items are first sorted on a double key, and only runs of equal doubles are sorted exactly.
/// The key is correctly rounded, and rounding is monotone (p &lt; q gives key(p) ≤ key(q)), so
/// different doubles always mean the same order as the exact values.
/// </summary>
internal static class FractionOrder
{
    public static void SortBy<T>(List<T> items, Func<T, Fraction> key)
    {
#if NET
        // Sorted in place through the list's own storage: at 100,000 kinks a copy is a large-object
        // allocation, and those are what trigger full garbage collections.
        var span = CollectionsMarshal.AsSpan(items);
#else
        // netstandard2.0 has no span sort: sort a copy and put it back.
        var span = items.ToArray();
#endif
        var keys = new double[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            keys[i] = RoundedKey(key(span[i]));
        }

        Comparison<T> exact = (p, q) => key(p).CompareTo(key(q));
#if NET
        keys.AsSpan().Sort(span);
#else
        Array.Sort(keys, span);
#endif
        var start = 0;
        for (var i = 1; i <= span.Length; i++)
        {
            if (i == span.Length || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
#if NET
                    span.Slice(start, i - start).Sort(exact);
#else
                    Array.Sort(span, start, i - start, Comparer<T>.Create(exact));
#endif
                }

                start = i;
            }
        }
#if !NET
        items.Clear();
        items.AddRange(span);
#endif
    }

    /// <summary>
    /// The nearest double: with numerator and denominator below 2^53 both convert exactly and IEEE
    /// division rounds once; otherwise <see cref="ExactMath.ToDouble"/>.
    /// </summary>
    private static double RoundedKey(Fraction value)
    {
        var numerator = value.Numerator;
        var denominator = value.Denominator;
        return numerator.GetBitLength() <= 53 && denominator.GetBitLength() <= 53 && denominator.Sign > 0
            ? (double)numerator / (double)denominator
            : ExactMath.ToDouble(value);
    }
}
