using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// A ReLU sum c + a·x + Σ dᵢ·σ(hᵢ·x + βᵢ) over dense input positions, evaluated exactly at a double point and
/// rounded once: the fallback of <see cref="CorrectlyRoundedEvaluator"/> when the fast bound cannot decide.
/// <para>
/// An infinite input is a limit: f(p + t·e) as t → +∞, where e is the sign of each infinite input and p the
/// finite inputs (infinite ones at 0). Along such a ray f is eventually affine, α + β·t: the answer is ±∞ when
/// β ≠ 0, else α rounded. In one variable this is the limit of the outer piece. NaN gives NaN.
/// </para>
/// </summary>
internal sealed class ExactSum
{
    private readonly Fraction _constant;
    private readonly Fraction[] _linear;
    private readonly Fraction[][] _normals;
    private readonly Fraction[] _offsets;
    private readonly Fraction[] _outputs;

    public ExactSum(Fraction constant, Fraction[] linear, Fraction[][] normals, Fraction[] offsets, Fraction[] outputs)
    {
        _constant = constant;
        _linear = linear;
        _normals = normals;
        _offsets = offsets;
        _outputs = outputs;
    }

    /// <summary>The dense exact form of a canonical form over <paramref name="inputs"/> (which name every variable of it).</summary>
    public static ExactSum FromForm(CanonicalForm form, IReadOnlyList<string> inputs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            index[inputs[i]] = i;
        }

        Fraction[] Dense(AffineForm affine)
        {
            var vector = Enumerable.Repeat(Fraction.Zero, inputs.Count).ToArray();
            foreach (var term in affine.Terms)
            {
                vector[index[term.Variable]] = term.Coefficient;
            }

            return vector;
        }

        return new ExactSum(
            form.Affine.Constant,
            Dense(form.Affine),
            form.Terms.Select(t => Dense(t.Hyperplane)).ToArray(),
            form.Terms.Select(t => t.Hyperplane.Constant).ToArray(),
            form.Terms.Select(t => t.Coefficient).ToArray());
    }

    /// <summary>The exact value at <paramref name="point"/> rounded once to the nearest double (ties to even); see the type's remarks for NaN and ±∞.</summary>
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

        var value = _constant + Dot(_linear, finite);
        var slope = Slope(_linear, direction);
        for (var i = 0; i < _outputs.Length; i++)
        {
            var z = Dot(_normals[i], finite) + _offsets[i];
            var zSlope = Slope(_normals[i], direction);
            if (zSlope.IsPositive || (zSlope.IsZero && z.IsPositive))
            {
                value += _outputs[i] * z;
                slope += _outputs[i] * zSlope;
            }
        }

        if (atInfinity && !slope.IsZero)
        {
            return slope.IsPositive ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return ExactMath.ToDouble(value.Reduce());
    }

    private static Fraction Dot(Fraction[] weights, Fraction[] point)
    {
        var sum = Fraction.Zero;
        for (var j = 0; j < weights.Length; j++)
        {
            if (!weights[j].IsZero && !point[j].IsZero)
            {
                sum += weights[j] * point[j];
            }
        }

        return sum;
    }

    private static Fraction Slope(Fraction[] weights, int[] direction)
    {
        var sum = Fraction.Zero;
        for (var j = 0; j < weights.Length; j++)
        {
            if (direction[j] != 0)
            {
                sum += direction[j] > 0 ? weights[j] : -weights[j];
            }
        }

        return sum;
    }
}
