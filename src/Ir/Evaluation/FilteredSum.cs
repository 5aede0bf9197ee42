using System;
using System.Collections.Generic;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The fast half of the correctly rounded evaluator for any number of inputs: the canonical form
/// c + a·x + Σ dᵢ·σ(hᵢ·x + βᵢ) in doubles, with a rigorous bound on its distance from the exact value.
/// <para>
/// Conditioning: every unit faces away from the origin (σ(hx + β) with β &gt; 0 is rewritten
/// σ(−hx − β) + hx + β), so a unit is active only between the origin and its kink hyperplane and its
/// argument never exceeds |h·x|: a far kink (σ(x + 10¹⁷) − 10¹⁷ = x + σ(−x − 10¹⁷)) costs no accuracy near the origin.
/// </para>
/// <para>
/// The bound (running error analysis, Higham ch. 3): each coefficient's own rounding error (exact, from the
/// rationals), each product's exact error (fused multiply-add), each addition's exact error (TwoSum); the
/// output sum is compensated. σ is 1-Lipschitz, so an argument known to ±e moves a unit by at most |d|·e,
/// and a unit whose argument is ≤ 0 even after adding its bound contributes exactly 0. Valid while every
/// input and coefficient is 0 or in [2⁻²⁰⁰, 2²⁰⁰] (no overflow, no underflow); otherwise the caller goes exact.
/// </para>
/// </summary>
internal sealed class FilteredSum
{
    private readonly int _inputs;
    private readonly double _constant;
    private readonly double _constantError;
    private readonly double[] _linear;
    private readonly double[] _linearErrors;
    private readonly double[] _weights;
    private readonly double[] _weightErrors;
    private readonly double[] _biases;
    private readonly double[] _biasErrors;
    private readonly double[] _outputs;
    private readonly double[] _outputErrors;
    private readonly double _unitSlack;
    private readonly double _slack;

    private FilteredSum(int inputs, Fraction constant, Fraction[] linear, List<(Fraction[] Normal, Fraction Offset, Fraction Output)> units)
    {
        _inputs = inputs;
        Usable = true;
        _constant = Round(constant, out _constantError);
        _linear = linear.Select(Round).ToArray();
        _linearErrors = linear.Select(Error).ToArray();
        _weights = units.SelectMany(u => u.Normal).Select(Round).ToArray();
        _weightErrors = units.SelectMany(u => u.Normal).Select(Error).ToArray();
        _biases = units.Select(u => Round(u.Offset)).ToArray();
        _biasErrors = units.Select(u => Error(u.Offset)).ToArray();
        _outputs = units.Select(u => Round(u.Output)).ToArray();
        _outputErrors = units.Select(u => Error(u.Output)).ToArray();
        _unitSlack = FloatArithmetic.Slack(3 * inputs + 3);
        _slack = FloatArithmetic.Slack(4 * (units.Count + inputs + 2));
    }

    /// <summary>Whether every coefficient lies in the safe range; if not, every point goes exact.</summary>
    public bool Usable { get; private set; }

    /// <summary>The conditioned (origin-facing) sum of <paramref name="form"/> over the dense <paramref name="inputs"/>.</summary>
    public static FilteredSum FromForm(CanonicalForm form, IReadOnlyList<string> inputs)
    {
        var index = inputs.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Fraction[] Dense(AffineForm affine)
        {
            var vector = Enumerable.Repeat(Fraction.Zero, inputs.Count).ToArray();
            foreach (var term in affine.Terms)
            {
                vector[index[term.Variable]] = term.Coefficient;
            }

            return vector;
        }

        var constant = form.Affine.Constant;
        var linear = Dense(form.Affine);
        var units = new List<(Fraction[], Fraction, Fraction)>(form.Terms.Length);
        foreach (var term in form.Terms)
        {
            var normal = Dense(term.Hyperplane);
            var offset = term.Hyperplane.Constant;
            var output = term.Coefficient;
            if (offset.IsPositive)
            {
                // d·σ(z) = d·σ(−z) + d·z: active at the origin becomes inactive there.
                for (var j = 0; j < linear.Length; j++)
                {
                    linear[j] = (linear[j] + output * normal[j]).Reduce();
                    normal[j] = -normal[j];
                }

                constant = (constant + output * offset).Reduce();
                offset = -offset;
            }

            units.Add((normal, offset, output));
        }

        return new FilteredSum(inputs.Count, constant, linear, units);
    }

    /// <summary>The correctly rounded value at <paramref name="x"/>, when the bound proves it; false sends the caller to exact arithmetic.</summary>
    public bool TryEvaluate(ReadOnlySpan<double> x, out double value)
    {
        value = 0;
        if (!Usable)
        {
            return false;
        }

        for (var j = 0; j < x.Length; j++)
        {
            if (!FloatArithmetic.IsSafe(x[j]))
            {
                return false;
            }
        }

        var sum = FloatArithmetic.TwoSum(0, _constant, out _);
        var error = _constantError;
        double compensation = 0, compensationSize = 0;
        for (var j = 0; j < _inputs; j++)
        {
            var product = _linear[j] * x[j];
            error += _linearErrors[j] * Math.Abs(x[j]) + Math.Abs(FloatArithmetic.ProductError(_linear[j], x[j], product));
            sum = FloatArithmetic.TwoSum(sum, product, out var rounding);
            compensation += rounding;
            compensationSize += Math.Abs(compensation);
        }

        for (var i = 0; i < _outputs.Length; i++)
        {
            var z = 0.0;
            var zError = _biasErrors[i];
            var row = i * _inputs;
            for (var j = 0; j < _inputs; j++)
            {
                var weight = _weights[row + j];
                var product = weight * x[j];
                zError += _weightErrors[row + j] * Math.Abs(x[j]) + Math.Abs(FloatArithmetic.ProductError(weight, x[j], product));
                z = FloatArithmetic.TwoSum(z, product, out var sumError);
                zError += Math.Abs(sumError);
            }

            z = FloatArithmetic.TwoSum(z, _biases[i], out var biasRounding);
            zError = (zError + Math.Abs(biasRounding)) * _unitSlack;
            if (-z >= zError)
            {
                continue; // the exact argument is ≤ 0: the unit contributes exactly 0
            }

            var active = z > 0 ? z : 0;
            var output = _outputs[i];
            var term = output * active;
            error += _outputErrors[i] * (active + zError) + Math.Abs(output) * zError
                + Math.Abs(FloatArithmetic.ProductError(output, active, term));
            sum = FloatArithmetic.TwoSum(sum, term, out var termRounding);
            compensation += termRounding;
            compensationSize += Math.Abs(compensation);
        }

        value = FloatArithmetic.TwoSum(sum, compensation, out var last);
        var bound = ((error + compensationSize * FloatArithmetic.UnitRoundoff) * _slack + Math.Abs(last)) * FloatArithmetic.Slack(2);
        if (bound < FloatArithmetic.HalfGap(value))
        {
            value += 0.0; // −0 becomes +0: the exact zero is unsigned
            return true;
        }

        return false;
    }

    private double Round(Fraction exact) => Round(exact, out _);

    private double Error(Fraction exact)
    {
        Round(exact, out var error);
        return error;
    }

    private double Round(Fraction exact, out double error)
    {
        var rounded = FloatArithmetic.Round(exact, out error);
        if (!FloatArithmetic.IsSafe(rounded))
        {
            Usable = false;
        }

        return rounded;
    }
}
