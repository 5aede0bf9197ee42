using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// The network the compiled engines evaluate (conditioned, not only small), and why it differs from the
/// smallest one when it does.
/// <para>
/// The smallest network is kept unless one of its kinks is far (<see cref="SumFormCondition"/>). Then, with one
/// input, the plan evaluates it through its piece table, which does not depend on the network's orientation;
/// with several, the engines sum the <see cref="FacingAwayFromOrigin"/> network instead whenever that one is
/// better conditioned: it may have up to two units more, because the smallest would cancel at ordinary points
/// (σ(x + 10¹⁷) − 10¹⁷ for x + σ(−x − 10¹⁷)), and accuracy is not traded for a unit.
/// </para>
/// </summary>
/// <param name="Network">The network the engines evaluate.</param>
/// <param name="Note">Null when the engines sum the smallest network; else how they evaluate instead, in one line.</param>
public sealed record EvaluationNetwork(Network Network, string? Note)
{
    /// <summary>The choice for a function whose smallest network is <paramref name="smallest"/>.</summary>
    /// <param name="smallest">The smallest network (<see cref="NetworkBuilder.Smallest(ReluSum, System.Collections.Generic.IReadOnlyList{string})"/>).</param>
    /// <param name="form">The canonical form of the same function.</param>
    /// <returns>The network to plan for, and a note when it is not the smallest summed.</returns>
    public static EvaluationNetwork Choose(Network smallest, CanonicalForm form)
    {
        if (smallest is null)
        {
            throw new ArgumentNullException(nameof(smallest));
        }

        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        var condition = SumFormCondition.Of(smallest);
        if (condition <= SumFormCondition.FarThreshold)
        {
            return new EvaluationNetwork(smallest, null);
        }

        if (smallest.Inputs.Length <= 1)
        {
            return new EvaluationNetwork(smallest, "the compiled engines evaluate it through its piece table: a kink is far, and the sum of these units would cancel near the origin");
        }

        var facingAway = FacingAwayFromOrigin(form, smallest.Inputs);
        if (!(SumFormCondition.Of(facingAway) < condition))
        {
            return new EvaluationNetwork(smallest, null);
        }

        var units = facingAway.Hidden.Length == 1 ? "1 hidden unit" : $"{facingAway.Hidden.Length} hidden units";
        return new EvaluationNetwork(
            facingAway,
            $"the compiled engines evaluate {units} facing away from the origin instead: a kink is far, and the sum of these units would cancel near the origin");
    }

    /// <summary>
    /// The canonical form as a network whose kink units face away from the origin: d·σ(h·x + β) with β &gt; 0 becomes
    /// d·σ(−h·x − β) + d·(h·x + β), so every kink unit is inactive at the origin and its argument there is at most
    /// |h·x|; the output bias takes the constant, and a linear part a·x left over becomes s·σ(â·x) − s·σ(−â·x)
    /// (â = a/s, s its first non-zero entry), two units at the origin.
    /// </summary>
    /// <param name="form">The function.</param>
    /// <param name="inputs">The inputs in order; every variable of the form among them.</param>
    /// <returns>A network of the form's kink count, plus two when a linear part remains.</returns>
    public static Network FacingAwayFromOrigin(CanonicalForm form, IReadOnlyList<string> inputs)
    {
        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        if (inputs is null)
        {
            throw new ArgumentNullException(nameof(inputs));
        }

        var index = inputs.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var constant = form.Affine.Constant;
        var linear = Dense(form.Affine, index);
        var units = new List<HiddenUnit>(form.Terms.Length + 2);
        foreach (var term in form.Terms)
        {
            var normal = Dense(term.Hyperplane, index);
            var offset = term.Hyperplane.Constant;
            if (offset.IsPositive)
            {
                for (var j = 0; j < linear.Length; j++)
                {
                    linear[j] = (linear[j] + term.Coefficient * normal[j]).Reduce();
                    normal[j] = -normal[j];
                }

                constant = (constant + term.Coefficient * offset).Reduce();
                offset = -offset;
            }

            units.Add(new HiddenUnit(normal.ToImmutableArray(), offset, term.Coefficient));
        }

        if (Array.FindIndex(linear, v => !v.IsZero) is var lead and >= 0)
        {
            var scale = linear[lead];
            var direction = linear.Select(v => (v / scale).Reduce()).ToImmutableArray();
            units.Add(new HiddenUnit(direction, Fraction.Zero, scale));
            units.Add(new HiddenUnit(direction.Select(v => -v).ToImmutableArray(), Fraction.Zero, -scale));
        }

        return new Network(inputs.ToImmutableArray(), units.ToImmutableArray(), constant);
    }

    private static Fraction[] Dense(AffineForm affine, Dictionary<string, int> index)
    {
        var vector = Enumerable.Repeat(Fraction.Zero, index.Count).ToArray();
        foreach (var term in affine.Terms)
        {
            vector[index[term.Variable]] = term.Coefficient;
        }

        return vector;
    }
}
