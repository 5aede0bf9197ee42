using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// Adds up ReLU sums in amortized O(size of each part): <see cref="ReluSum.Add"/> copies its terms every
/// time, which would make a 200,000-term sum quadratic. Terms keep the order they arrive in.
/// </summary>
internal sealed class SumBuilder
{
    private readonly Dictionary<string, Fraction> _coefficients = new(StringComparer.Ordinal);
    private readonly ImmutableArray<ReluTerm>.Builder _terms = ImmutableArray.CreateBuilder<ReluTerm>();
    private Fraction _constant = Fraction.Zero;

    /// <summary>Adds <paramref name="part"/>, or subtracts it when <paramref name="negate"/> is set.</summary>
    public void Add(ReluSum part, bool negate)
    {
        // Reduce at every step: unreduced denominators would multiply up over many terms.
        _constant = (negate ? _constant - part.Affine.Constant : _constant + part.Affine.Constant).Reduce();
        foreach (var term in part.Affine.Terms)
        {
            var existing = _coefficients.TryGetValue(term.Variable, out var value) ? value : Fraction.Zero;
            _coefficients[term.Variable] = (negate ? existing - term.Coefficient : existing + term.Coefficient).Reduce();
        }

        foreach (var term in part.Terms)
        {
            _terms.Add(negate ? term.Scale(Fraction.MinusOne) : term);
        }
    }

    /// <summary>The sum so far.</summary>
    public ReluSum ToReluSum() =>
        new(AffineForm.Create(_coefficients.Select(c => new LinearTerm(c.Key, c.Value)), _constant), _terms.ToImmutable());
}
