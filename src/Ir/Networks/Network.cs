using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// A one-hidden-layer ReLU network y = Σᵢ aᵢ·σ(wᵢ·x + bᵢ) + c over named inputs.
/// <para>
/// The double evaluation order defined here is the contract every engine follows so that engines
/// computing the sum form agree bit for bit: for each unit in order, z = w₀x₀ + w₁x₁ + … then z + b;
/// the output starts at c and adds aᵢ·σ(zᵢ) unit by unit. With no hidden units, a NaN input is returned as is.
/// </para>
/// </summary>
public sealed class Network
{
    /// <summary>A network; every unit must have one weight per input.</summary>
    /// <param name="inputs">The input names in the order points give them; not checked (readers and builders check them).</param>
    /// <param name="hidden">The hidden units, in evaluation order; a default array is taken as none.</param>
    /// <param name="outputBias">The output bias c, exact.</param>
    /// <exception cref="ArgumentException">A unit does not have one weight per input.</exception>
    public Network(ImmutableArray<string> inputs, ImmutableArray<HiddenUnit> hidden, Fraction outputBias)
    {
        Inputs = inputs.IsDefault ? ImmutableArray<string>.Empty : inputs;
        Hidden = hidden.IsDefault ? ImmutableArray<HiddenUnit>.Empty : hidden;
        OutputBias = outputBias.Reduce();
        foreach (var unit in Hidden)
        {
            if (unit.Weights.Length != Inputs.Length)
            {
                throw new ArgumentException(
                    $"A hidden unit has {unit.Weights.Length} weights but the network has {Inputs.Length} inputs.", nameof(hidden));
            }
        }
    }

    /// <summary>The input names, in the order the evaluation functions take them.</summary>
    public ImmutableArray<string> Inputs { get; }

    /// <summary>The hidden units.</summary>
    public ImmutableArray<HiddenUnit> Hidden { get; }

    /// <summary>The output bias c.</summary>
    public Fraction OutputBias { get; }

    /// <summary>Exact value; <paramref name="inputs"/> in input order.</summary>
    /// <param name="inputs">One exact value per input, in <see cref="Inputs"/> order.</param>
    /// <returns>y, exact and reduced.</returns>
    /// <exception cref="InputCountException"><paramref name="inputs"/> does not have one value per input.</exception>
    public Fraction Evaluate(ReadOnlySpan<Fraction> inputs)
    {
        CheckArity(inputs.Length);
        var sum = OutputBias;
        foreach (var unit in Hidden)
        {
            var z = unit.Bias;
            for (var i = 0; i < inputs.Length; i++)
            {
                z += unit.Weights[i] * inputs[i];
            }

            if (z.IsPositive)
            {
                sum += unit.OutputWeight * z;
            }
        }

        return sum.Reduce();
    }

    /// <summary>
    /// Double value in the contract order (see the type's remarks); <paramref name="inputs"/> in input order.
    /// A NaN input gives NaN: through the units, or, when there are none, as the first NaN input itself.
    /// </summary>
    /// <param name="inputs">One value per input, in <see cref="Inputs"/> order.</param>
    /// <returns>y in double arithmetic, in the contract order: the answer every sum-form engine must reproduce bit for bit.</returns>
    /// <exception cref="InputCountException"><paramref name="inputs"/> does not have one value per input.</exception>
    public double Evaluate(ReadOnlySpan<double> inputs)
    {
        CheckArity(inputs.Length);
        if (Hidden.IsEmpty)
        {
            // No unit reads the inputs, but NaN in must still give NaN out in every engine.
            foreach (var input in inputs)
            {
                if (double.IsNaN(input))
                {
                    return input;
                }
            }
        }

        var sum = ExactMath.ToDouble(OutputBias);
        foreach (var unit in Hidden)
        {
            var z = 0.0;
            for (var i = 0; i < inputs.Length; i++)
            {
                var product = ExactMath.ToDouble(unit.Weights[i]) * inputs[i];
                z = i == 0 ? product : z + product;
            }

            z += ExactMath.ToDouble(unit.Bias);
            sum += ExactMath.ToDouble(unit.OutputWeight) * Activation.Relu(z);
        }

        return sum;
    }

    /// <summary>The network as a ReLU sum in unit order: <c>a₁·σ(w₁·x + b₁) + … + c</c>.</summary>
    /// <returns>The same function as a sum with one term per unit (a unit with output weight 0 included).</returns>
    public ReluSum ToReluSum()
    {
        var terms = Hidden.Select(unit => new ReluTerm(
            unit.OutputWeight,
            AffineForm.Create(Inputs.Select((name, i) => new LinearTerm(name, unit.Weights[i])), unit.Bias)));
        return new ReluSum(AffineForm.FromConstant(OutputBias), terms.ToImmutableArray());
    }

    /// <summary>A one-line summary such as <c>inputs (x); 2 hidden units; output bias 1</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("inputs (").Append(string.Join(", ", Inputs)).Append("); ")
            .Append(Hidden.Length).Append(Hidden.Length == 1 ? " hidden unit" : " hidden units")
            .Append("; output bias ").Append(ExactMath.Format(OutputBias));
        return text.ToString();
    }

    private void CheckArity(int given)
    {
        if (given != Inputs.Length)
        {
            throw new InputCountException(Inputs, given, "inputs");
        }
    }
}
