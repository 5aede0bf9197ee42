using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// One hidden unit of a one-hidden-layer network: it adds OutputWeight·σ(Weights·x + Bias) to the output.
/// </summary>
/// <param name="Weights">One input weight per network input, in input order.</param>
/// <param name="Bias">The unit's bias.</param>
/// <param name="OutputWeight">The weight on the edge from this unit to the output.</param>
public sealed record HiddenUnit(ImmutableArray<Fraction> Weights, Fraction Bias, Fraction OutputWeight)
{
    /// <inheritdoc />
    public bool Equals(HiddenUnit? other) =>
        other is not null && Bias == other.Bias && OutputWeight == other.OutputWeight && Weights.SequenceEqual(other.Weights);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Bias, OutputWeight, Weights.Length);
}
