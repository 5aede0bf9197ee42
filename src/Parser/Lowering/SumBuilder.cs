using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Parser.Lowering;

/// <summary>
/// A ReLU sum being added up, one constant, variable or term at a time, in amortized O(size of each part):
/// <see cref="ReluSum.Add"/> copies its terms and re-sorts its variables every time, which would make a
/// 200,000-term sum quadratic. Terms keep the order they arrive in. The common small sums (<c>x - 1</c>:
/// one variable and constants) never build a dictionary.
/// </summary>
/// <remarks>
/// Fractions are not reduced here: <see cref="Fraction"/> arithmetic on reduced operands gives reduced
/// results, and every value that arrives is reduced (literals, IR coefficients), so denominators cannot
/// pile up over many terms.
/// </remarks>
/// <param name="unitForm">
/// The shared form 1·name of a variable, so that the usual σ argument <c>x - b</c> costs one new form
/// that shares its variable list.
/// </param>
/// <param name="budget">The expression's budget, charged for every number the builder creates.</param>
internal sealed class SumBuilder(Func<string, AffineForm> unitForm, ComputationBudget budget)
{
    private Fraction _constant = Fraction.Zero;
    private string? _onlyVariable;
    private Fraction _onlyCoefficient;
    private Dictionary<string, Fraction>? _coefficients;
    private Gathered<ReluTerm> _terms;

    /// <summary>Whether a ReLU term has been added: if not, the sum so far is affine.</summary>
    public bool HasTerms => !_terms.IsEmpty;

    /// <summary>Whether the sum so far is literally zero (see <see cref="ConstantValue.IsZero"/>): no term, no variable left, constant 0.</summary>
    public bool IsZero =>
        !HasTerms && _constant.IsZero
        && (_coefficients?.Values.All(c => c.IsZero) ?? (_onlyVariable is null || _onlyCoefficient.IsZero));

    /// <summary>Adds the constant <paramref name="value"/>.</summary>
    public void AddConstant(Fraction value) => _constant = budget.Spend(_constant + value);

    /// <summary>Adds <paramref name="coefficient"/>·<paramref name="name"/>.</summary>
    public void AddVariable(string name, Fraction coefficient)
    {
        if (_coefficients is null && (_onlyVariable is null || string.Equals(_onlyVariable, name, StringComparison.Ordinal)))
        {
            _onlyCoefficient = _onlyVariable is null ? coefficient : budget.Spend(_onlyCoefficient + coefficient);
            _onlyVariable = name;
            return;
        }

        if (_coefficients is null)
        {
            _coefficients = new Dictionary<string, Fraction>(StringComparer.Ordinal) { [_onlyVariable!] = _onlyCoefficient };
            _onlyVariable = null;
        }

        _coefficients[name] = _coefficients.TryGetValue(name, out var existing) ? budget.Spend(existing + coefficient) : coefficient;
    }

    /// <summary>Appends <paramref name="term"/>.</summary>
    public void AddTerm(ReluTerm term) => _terms.Add(term);

    /// <summary>Adds <paramref name="factor"/>·<paramref name="part"/>; a zero factor adds nothing, as <see cref="ReluSum.Scale"/> gives zero.</summary>
    public void Add(ReluSum part, Fraction factor)
    {
        if (factor.IsZero)
        {
            return;
        }

        var one = factor == Fraction.One;
        AddConstant(one ? part.Affine.Constant : part.Affine.Constant * factor);
        foreach (var term in part.Affine.Terms)
        {
            AddVariable(term.Variable, one ? term.Coefficient : budget.Spend(term.Coefficient * factor));
        }

        foreach (var term in part.Terms)
        {
            _terms.Add(one ? term : Spent(term.Scale(factor)));
        }
    }

    private ReluTerm Spent(ReluTerm term)
    {
        budget.Spend(term.Coefficient);
        return term;
    }

    /// <summary>The affine part so far.</summary>
    public AffineForm ToAffineForm()
    {
        if (_coefficients is not null)
        {
            return AffineForm.Create(_coefficients.Select(c => new LinearTerm(c.Key, c.Value)), _constant);
        }

        if (_onlyVariable is null || _onlyCoefficient.IsZero)
        {
            return AffineForm.FromConstant(_constant);
        }

        var unit = unitForm(_onlyVariable);
        return (_onlyCoefficient == Fraction.One ? unit : unit.Scale(_onlyCoefficient)).AddConstant(_constant);
    }

    /// <summary>The sum so far; the builder is empty afterwards.</summary>
    public ReluSum ToReluSum()
    {
        var sum = new ReluSum(ToAffineForm(), _terms.ToImmutableAndFree());
        Clear();
        return sum;
    }

    /// <summary>Empties the builder for reuse.</summary>
    public void Clear()
    {
        _constant = Fraction.Zero;
        _onlyVariable = null;
        _coefficients = null;
        _terms = default;
    }
}
