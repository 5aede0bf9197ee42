using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// A ReLU sum c + a·x + Σ dᵢ·σ(hᵢ·x + βᵢ) (a canonical form, read in place), evaluated exactly at a double point and
/// rounded once: the fallback of <see cref="CorrectlyRoundedEvaluator"/> when the fast bound cannot decide.
/// <para>
/// An infinite input is a limit: f(p + t·e) as t → +∞, where e is the sign of each infinite input and p the
/// finite inputs (infinite ones at 0). Along such a ray f is eventually affine, α + β·t: the answer is ±∞ when
/// β ≠ 0, else α rounded. In one variable this is the limit of the outer piece. NaN gives NaN.
/// </para>
/// </summary>
internal sealed class ExactSum
{
    private readonly AffineForm _affine;
    private readonly ImmutableArray<CanonicalTerm> _terms;

    /// <summary>
    /// The input position of each linear term: the affine part's first, then each hyperplane's in turn. The
    /// form's own terms are read rather than copied into dense vectors, which cost about 150 bytes a kink
    /// for a fallback most evaluations never reach.
    /// </summary>
    private readonly int[] _positions;

    private ExactSum(AffineForm affine, ImmutableArray<CanonicalTerm> terms, int[] positions)
    {
        _affine = affine;
        _terms = terms;
        _positions = positions;
    }

    public static ExactSum FromForm(CanonicalForm form, IReadOnlyList<string> inputs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            index[inputs[i]] = i;
        }

        var count = form.Affine.Terms.Length;
        foreach (var term in form.Terms)
        {
            count += term.Hyperplane.Terms.Length;
        }

        var positions = new int[count];
        var next = 0;
        foreach (var linear in form.Affine.Terms)
        {
            positions[next++] = index[linear.Variable];
        }

        foreach (var term in form.Terms)
        {
            foreach (var linear in term.Hyperplane.Terms)
            {
                positions[next++] = index[linear.Variable];
            }
        }

        return new ExactSum(form.Affine, form.Terms, positions);
    }

    public double Evaluate(ReadOnlySpan<double> point)
    {
        var finite = new Fraction[point.Length];
        var direction = new int[point.Length];
        var atInfinity = false;
        for (var j = 0; j < point.Length; j++)
        {
            if (double.IsNaN(point[j]))
            {
                return point[j];
            }

            if (double.IsInfinity(point[j]))
            {
                direction[j] = point[j] > 0 ? 1 : -1;
                finite[j] = Fraction.Zero;
                atInfinity = true;
            }
            else
            {
                finite[j] = FloatArithmetic.ToFraction(point[j]);
            }
        }

        var next = 0;
        var value = _affine.Constant + Dot(_affine, finite, ref next, out var slope, direction);
        foreach (var term in _terms)
        {
            var z = Dot(term.Hyperplane, finite, ref next, out var zSlope, direction) + term.Hyperplane.Constant;
            if (zSlope.IsPositive || (zSlope.IsZero && z.IsPositive))
            {
                value += term.Coefficient * z;
                slope += term.Coefficient * zSlope;
            }
        }

        if (atInfinity && !slope.IsZero)
        {
            return slope.IsPositive ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return ExactMath.ToDouble(value.Reduce());
    }

    /// <summary>
    /// The linear part of <paramref name="form"/> at the finite point, and (through <paramref name="slope"/>)
    /// its slope along the directions of the infinite inputs; <paramref name="next"/> walks <see cref="_positions"/>.
    /// </summary>
    private Fraction Dot(AffineForm form, Fraction[] point, ref int next, out Fraction slope, int[] direction)
    {
        var sum = Fraction.Zero;
        slope = Fraction.Zero;
        foreach (var term in form.Terms)
        {
            var j = _positions[next++];
            if (!point[j].IsZero)
            {
                sum += term.Coefficient * point[j];
            }

            if (direction[j] != 0)
            {
                slope += direction[j] > 0 ? term.Coefficient : -term.Coefficient;
            }
        }

        return sum;
    }
}
