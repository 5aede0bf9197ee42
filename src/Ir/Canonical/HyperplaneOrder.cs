using System;
using System.Collections.Generic;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The order of kinks in a canonical form: by leading variable (<see cref="VariableOrder"/>), then by the remaining
/// coefficients in variable order, then by the offset −β ascending. In one variable that is the
/// breakpoint order t₁ &lt; t₂ &lt; … in which the one-variable build sorts its kinks, so <see cref="CanonicalForm.Add"/>
/// can merge forms built either way.
/// </summary>
internal sealed class HyperplaneOrder : IComparer<AffineForm>
{
    public static readonly HyperplaneOrder Instance = new();

    public int Compare(AffineForm? x, AffineForm? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var left = x.Terms;
        var right = y.Terms;

        // Both lead with coefficient 1, so the leading variable decides first; after that the
        // merged walk compares the full coefficient vectors (a missing variable counts as 0).
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            var order = i == left.Length ? 1
                : j == right.Length ? -1
                : VariableOrder.Compare(left[i].Variable, right[j].Variable);
            int compared;
            if (order == 0)
            {
                compared = left[i++].Coefficient.CompareTo(right[j++].Coefficient);
            }
            else if (order < 0)
            {
                compared = i == 0 ? -1 : left[i++].Coefficient.CompareTo(Fraction.Zero);
            }
            else
            {
                compared = j == 0 ? 1 : Fraction.Zero.CompareTo(right[j++].Coefficient);
            }

            if (compared != 0)
            {
                return compared;
            }
        }

        return y.Constant.CompareTo(x.Constant);
    }
}
