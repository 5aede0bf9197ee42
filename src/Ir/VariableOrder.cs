using System;
using System.Collections.Generic;
using System.Linq;

namespace ReluCompiler.Ir;

/// <summary>
/// The default order of variables, wherever one is needed (input order, the terms of an affine form,
/// witnesses): natural order, so <c>x2</c> comes before <c>x10</c>. Runs of digits compare by their
/// value, everything else by ordinal character code (so <c>B</c> before <c>a</c>); names that are
/// still equal (<c>x01</c>, <c>x1</c>) fall back to ordinal order, so distinct names never compare equal.
/// </summary>
public sealed class VariableOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static readonly VariableOrder Instance = new();

    private VariableOrder()
    {
    }

    /// <summary>Compares two names in natural order (see the class summary).</summary>
    /// <param name="x">A name; null sorts first.</param>
    /// <param name="y">Another name; null sorts first.</param>
    /// <returns>Negative when <paramref name="x"/> comes first, zero only for equal strings, positive otherwise.</returns>
    public static int Compare(string? x, string? y) => Instance.CompareNames(x, y);

    /// <summary>
    /// The inputs of two functions taken together: one side's list when it includes the other's (so a
    /// declared order survives), otherwise every name of both in natural order.
    /// </summary>
    /// <param name="left">The first function's inputs, in its order.</param>
    /// <param name="right">The second function's inputs, in its order.</param>
    /// <returns>The list that includes the other (<paramref name="left"/> when both do), else a new list in natural order.</returns>
    public static IReadOnlyList<string> Union(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        if (right.All(left.Contains))
        {
            return left;
        }

        if (left.All(right.Contains))
        {
            return right;
        }

        return left.Concat(right).Distinct(StringComparer.Ordinal).OrderBy(name => name, Instance).ToArray();
    }

    /// <inheritdoc />
    int IComparer<string>.Compare(string? x, string? y) => CompareNames(x, y);

    private int CompareNames(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (IsDigit(x[i]) && IsDigit(y[j]))
            {
                var order = CompareNumbers(x, ref i, y, ref j);
                if (order != 0)
                {
                    return order;
                }

                continue;
            }

            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }

            i++;
            j++;
        }

        var lengths = (x.Length - i).CompareTo(y.Length - j);
        return lengths != 0 ? lengths : string.CompareOrdinal(x, y);
    }

    /// <summary>Compares the digit runs at <paramref name="i"/> and <paramref name="j"/> by value and moves past them.</summary>
    private static int CompareNumbers(string x, ref int i, string y, ref int j)
    {
        var xStart = SkipZeros(x, i);
        var yStart = SkipZeros(y, j);
        var xEnd = RunEnd(x, xStart);
        var yEnd = RunEnd(y, yStart);
        var order = (xEnd - xStart).CompareTo(yEnd - yStart);
        for (var k = 0; order == 0 && k < xEnd - xStart; k++)
        {
            order = x[xStart + k].CompareTo(y[yStart + k]);
        }

        i = xEnd;
        j = yEnd;
        return order;
    }

    private static int SkipZeros(string s, int i)
    {
        while (i < s.Length - 1 && s[i] == '0' && IsDigit(s[i + 1]))
        {
            i++;
        }

        return i;
    }

    private static int RunEnd(string s, int i)
    {
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
