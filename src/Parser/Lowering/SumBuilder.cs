using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// Adds up ReLU sums in amortized O(size of each part): <see cref="ReluSum.Add"/> copies its terms and
/// re-sorts its variables every time, which would make a 200,000-term sum quadratic. Terms keep the order
/// they arrive in. The common small sums (<c>x - 1</c>, one variable part and constants) never build a
/// dictionary.
/// </summary>
internal sealed class SumBuilder
{
    private Fraction _constant = Fraction.Zero;
    private AffineForm? _onlyVariablePart;
    private Dictionary<string, Fraction>? _coefficients;
    private ImmutableArray<ReluTerm>.Builder? _terms;

    /// <summary>Adds <paramref name="part"/>, or subtracts it when <paramref name="negate"/> is set.</summary>
    public void Add(ReluSum part, bool negate)
    {
        // Reduce at every step: unreduced denominators would multiply up over many terms.
        _constant = (negate ? _constant - part.Affine.Constant : _constant + part.Affine.Constant).Reduce();
        if (!part.Affine.IsConstant)
        {
            AddVariables(part.Affine, negate);
        }

        if (!part.Terms.IsEmpty)
        {
            _terms ??= ImmutableArray.CreateBuilder<ReluTerm>();
            foreach (var term in part.Terms)
            {
                _terms.Add(negate ? term.Scale(Fraction.MinusOne) : term);
            }
        }
    }

    /// <summary>The sum so far.</summary>
    public ReluSum ToReluSum()
    {
        var affine = _coefficients is not null
            ? AffineForm.Create(_coefficients.Select(c => new LinearTerm(c.Key, c.Value)), _constant)
            : (_onlyVariablePart ?? AffineForm.Zero).AddConstant(_constant);
        return new ReluSum(affine, _terms?.ToImmutable() ?? ImmutableArray<ReluTerm>.Empty);
    }

    private void AddVariables(AffineForm affine, bool negate)
    {
        if (_coefficients is null && _onlyVariablePart is null)
        {
            _onlyVariablePart = affine.AddConstant(-affine.Constant).Scale(negate ? Fraction.MinusOne : Fraction.One);
            return;
        }

        if (_coefficients is null)
        {
            _coefficients = new Dictionary<string, Fraction>(StringComparer.Ordinal);
            Accumulate(_onlyVariablePart!, negate: false);
            _onlyVariablePart = null;
        }

        Accumulate(affine, negate);
    }

    private void Accumulate(AffineForm affine, bool negate)
    {
        foreach (var term in affine.Terms)
        {
            var existing = _coefficients!.TryGetValue(term.Variable, out var value) ? value : Fraction.Zero;
            _coefficients[term.Variable] = (negate ? existing - term.Coefficient : existing + term.Coefficient).Reduce();
        }
    }
}
