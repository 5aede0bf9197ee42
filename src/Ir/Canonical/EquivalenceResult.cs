using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The answer of <see cref="Equivalence.Compare(ReluSum, ReluSum, IReadOnlyList{string})"/>: equal, or
/// not equal with an exact point where the two sums differ and their exact values there.
/// </summary>
public sealed class EquivalenceResult
{
    private EquivalenceResult(ImmutableArray<string> variables, ImmutableArray<Fraction> witness, Fraction? left, Fraction? right)
    {
        Variables = variables;
        WitnessValues = witness;
        LeftValue = left;
        RightValue = right;
        Witness = left is null
            ? null
            : variables.Zip(witness, (name, value) => new KeyValuePair<string, Fraction>(name, value))
                .ToImmutableDictionary(System.StringComparer.Ordinal);
    }

    /// <summary>Whether the two sums are the same function.</summary>
    public bool IsEqual => LeftValue is null;

    /// <summary>The variables of the witness, in the order the caller gave (or ordinal order).</summary>
    public ImmutableArray<string> Variables { get; }

    /// <summary>The witness point, variable → exact value; null when equal.</summary>
    public IReadOnlyDictionary<string, Fraction>? Witness { get; }

    /// <summary>The witness point in <see cref="Variables"/> order; empty when equal.</summary>
    public ImmutableArray<Fraction> WitnessValues { get; }

    /// <summary>The left sum's exact value at the witness; null when equal.</summary>
    public Fraction? LeftValue { get; }

    /// <summary>The right sum's exact value at the witness; null when equal.</summary>
    public Fraction? RightValue { get; }

    internal static EquivalenceResult Equal(ImmutableArray<string> variables) =>
        new(variables, ImmutableArray<Fraction>.Empty, null, null);

    internal static EquivalenceResult Different(ImmutableArray<string> variables, ImmutableArray<Fraction> witness, Fraction left, Fraction right) =>
        new(variables, witness, left, right);

    /// <summary><c>equal</c>, or <c>not equal at x = 1/2, y = 0: left = 1/2, right = 0</c>.</summary>
    public override string ToString() =>
        IsEqual
            ? "equal"
            : "not equal at "
              + string.Join(", ", Variables.Select((name, i) => name + " = " + ExactMath.Format(WitnessValues[i])))
              + ": left = " + ExactMath.Format(LeftValue!.Value) + ", right = " + ExactMath.Format(RightValue!.Value);
}
