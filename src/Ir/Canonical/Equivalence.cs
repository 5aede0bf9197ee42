using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// Exact equality of ReLU sums: equal exactly when the canonical forms agree; otherwise an
/// exact witness point, checked by evaluating both sums exactly before it is returned.
/// </summary>
public static class Equivalence
{
    /// <summary>Compares two sums over the union of their variables, in natural order (<see cref="VariableOrder"/>).</summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <returns>Equal, or an exact point where they differ with both exact values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="left"/> or <paramref name="right"/> is null.</exception>
    public static EquivalenceResult Compare(ReluSum left, ReluSum right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var mentioned = Mentioned(left, right);
        return Compare(left, right, mentioned, mentioned);
    }

    /// <summary>
    /// Compares two sums; the witness gives a value to each of <paramref name="variables"/> (in that
    /// order), which must name every variable either sum mentions. O(n log n) in the number of terms.
    /// </summary>
    /// <param name="left">The first sum.</param>
    /// <param name="right">The second sum.</param>
    /// <param name="variables">The witness's coordinates, in order; may name variables neither sum uses.</param>
    /// <returns>Equal, or an exact point where they differ with both exact values.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="variables"/> names a variable twice or misses one that a sum uses.</exception>
    public static EquivalenceResult Compare(ReluSum left, ReluSum right, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(variables);
        return Compare(left, right, variables, Mentioned(left, right));
    }

    /// <summary>The variables either sum mentions, natural order (ReluSum.Variables walks every term, so once).</summary>
    private static string[] Mentioned(ReluSum left, ReluSum right) =>
        left.Variables.Concat(right.Variables)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(v => v, VariableOrder.Instance)
            .ToArray();

    private static EquivalenceResult Compare(ReluSum left, ReluSum right, IReadOnlyList<string> variables, string[] mentioned)
    {
        var names = CheckVariables(mentioned, variables);
        IReadOnlyDictionary<string, Fraction> point;
        if (mentioned.Length <= 1)
        {
            // Two one-variable sums: compare canonical forms (the statement of the canonical form's purpose; CanonicalForm.Equals
            // is equality of functions, so no field-by-field comparison is needed), and look for the
            // witness on the pieces of the difference, whose kinks are kinks of either side.
            var leftForm = CanonicalForm.FromReluSum(left);
            var rightForm = CanonicalForm.FromReluSum(right);
            if (leftForm.Equals(rightForm))
            {
                return EquivalenceResult.Equal(names);
            }

            var x = UnivariateWitness.Find(leftForm.Subtract(rightForm).ToUnivariate());
            var variable = mentioned.Length == 0 ? null : mentioned[0];
            point = names.ToDictionary(
                name => name,
                name => string.Equals(name, variable, StringComparison.Ordinal) ? x : Fraction.Zero,
                StringComparer.Ordinal);
        }
        else
        {
            var form = CanonicalForm.FromReluSumGeneral(left.Add(right.Scale(Fraction.MinusOne)));
            if (form.IsZero)
            {
                return EquivalenceResult.Equal(names);
            }

            point = HyperplaneWitness.Find(form, names);
        }

        return Verified(left, right, names, point);
    }

    /// <summary>Evaluates both sums exactly at the point; a witness that does not separate them is a bug here, not an answer.</summary>
    private static EquivalenceResult Verified(ReluSum left, ReluSum right, ImmutableArray<string> names, IReadOnlyDictionary<string, Fraction> point)
    {
        var leftValue = left.Evaluate(point);
        var rightValue = right.Evaluate(point);
        if (leftValue == rightValue)
        {
            throw new InvalidOperationException(
                $"Internal error: the witness {string.Join(", ", names.Select(n => n + " = " + ExactMath.Format(point[n])))} does not separate the two sums.");
        }

        return EquivalenceResult.Different(names, names.Select(n => point[n]).ToImmutableArray(), leftValue, rightValue);
    }

    private static ImmutableArray<string> CheckVariables(string[] mentioned, IReadOnlyList<string> variables)
    {
        var names = variables.ToImmutableArray();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!known.Add(name))
            {
                throw new ArgumentException($"The variable `{name}` is listed twice.", nameof(variables));
            }
        }

        foreach (var name in mentioned)
        {
            if (!known.Contains(name))
            {
                throw new ArgumentException($"The variable `{name}` occurs in an expression but is not in the variable list.", nameof(variables));
            }
        }

        return names;
    }
}
