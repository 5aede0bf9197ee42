using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Fractions;

namespace ReluCompiler.Ir;

/// <summary>
/// One-hidden-layer networks for a ReLU sum: the smallest one and the one read off the
/// expression as written (the blog's drawings).
/// </summary>
public static class NetworkBuilder
{
    /// <summary>
    /// The network with the fewest hidden units, built from the canonical form: one unit per kink
    /// hyperplane, turned to face right (weights hₖ, bias βₖ, output weight dₖ; in one variable
    /// σ(x − t): weight 1, bias −t) or left (σ(−hₖ·x − βₖ), same output weight) as a subset-sum on the
    /// linear part decides, plus one or two units when no choice of faces yields the linear part
    /// (see <see cref="WidthPlan"/>). The output bias takes the constant. A constant needs no unit, a
    /// non-zero linear function two. <paramref name="inputs"/> must name every variable of the sum.
    /// </summary>
    /// <param name="sum">The function, in any written form.</param>
    /// <param name="inputs">The network's inputs, in order; every variable of the sum, each once, and possibly more.</param>
    /// <returns>The network, whether it is proven minimal, the proven lower bound on units, and a note when it is not proven.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sum"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> names an input twice or misses a variable of the sum.</exception>
    public static SmallestNetworkResult Smallest(ReluSum sum, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(sum);
        return Smallest(sum, CanonicalForm.FromReluSum(sum), inputs);
    }

    /// <summary>
    /// Like <see cref="Smallest(ReluSum, IReadOnlyList{string})"/> with the sum's canonical form already at hand
    /// (<see cref="CanonicalForm.FromReluSum"/> of <paramref name="sum"/>, nothing else): a parsed expression keeps
    /// it, and building it again doubled the work of <c>relu net</c> on a big sum.
    /// </summary>
    internal static SmallestNetworkResult Smallest(ReluSum sum, CanonicalForm form, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(sum);
        ArgumentNullException.ThrowIfNull(form);
        var index = InputIndex(sum, inputs);
        var names = inputs.ToImmutableArray();
        var linear = Dense(form.Affine, index);
        var count = form.Terms.Length;
        var normals = new Fraction[count][];
        for (var k = 0; k < count; k++)
        {
            // Neighbouring kinks on parallel hyperplanes (every x − t of one variable) share one dense normal:
            // nothing writes to these arrays, and a copy per unit was 64 bytes of each of 65,536 units.
            var terms = form.Terms[k].Hyperplane.Terms;
            normals[k] = k > 0 && terms.SequenceEqual(form.Terms[k - 1].Hyperplane.Terms) ? normals[k - 1] : Dense(form.Terms[k].Hyperplane, index);
        }

        var offsets = form.Terms.Select(t => t.Hyperplane.Constant).ToArray();
        var kinks = form.Terms.Select(t => t.Coefficient).ToArray();
        var plan = count == 0
            ? new WidthPlan(Array.Empty<bool>(), null, Fraction.Zero, linear.All(v => v.IsZero) ? null : linear, linear.All(v => v.IsZero) ? 0 : 2, null)
            : WidthPlan.Find(normals, kinks, linear, FacingsAsWritten(sum, form));

        var units = ImmutableArray.CreateBuilder<HiddenUnit>(count + 2);
        var bias = form.Affine.Constant;
        for (var k = 0; k < count; k++)
        {
            // dσ(−z) = dσ(z) − d·z: each left-facing unit also brings −d·βₖ, which the output bias undoes.
            var right = kinks[k];
            var left = plan.Flipped[k] ? kinks[k] : Fraction.Zero;
            if (plan.SplitAt == k)
            {
                left = plan.SplitLeftWeight;
            }

            right = (right - left).Reduce();
            if (!right.IsZero)
            {
                // The unit owns the dense normal from here on: nothing writes to normals[k] again.
                units.Add(new HiddenUnit(ImmutableCollectionsMarshal.AsImmutableArray(normals[k]), offsets[k], right));
            }

            if (!left.IsZero)
            {
                units.Add(new HiddenUnit(normals[k].Select(v => -v).ToImmutableArray(), -offsets[k], left));
                bias += left * offsets[k];
            }
        }

        if (plan.ExtraLine is { } line)
        {
            // a·x = s·σ(â·x) − s·σ(−â·x) with â = a/s led by 1 in input order, which keeps weights small.
            var scale = line.First(v => !v.IsZero);
            var direction = line.Select(v => (v / scale).Reduce()).ToImmutableArray();
            units.Add(new HiddenUnit(direction, Fraction.Zero, scale));
            units.Add(new HiddenUnit(direction.Select(v => -v).ToImmutableArray(), Fraction.Zero, -scale));
        }

        var network = new Network(names, units.ToImmutable(), bias);
        var proven = plan.Note is null || units.Count <= count;
        if (!proven && AsWritten(sum, inputs, constantsAsUnits: false) is { } written && written.Hidden.Length < units.Count)
        {
            // Past the exact search the input itself may be smaller than K + 1 or K + 2: never answer more units than it has.
            network = written;
            proven = written.Hidden.Length <= plan.LowerBound;
        }

        return new SmallestNetworkResult(
            network,
            proven,
            proven ? network.Hidden.Length : plan.LowerBound,
            proven ? null : $"not proven minimal: between {plan.LowerBound} and {network.Hidden.Length} units ({plan.Note})");
    }

    /// <summary>
    /// For each kink of the canonical form, whether the input wrote it facing left (its leading coefficient
    /// negative): the subset-sum tries this orientation first, so a network given one unit per kink is found as is.
    /// </summary>
    private static bool[] FacingsAsWritten(ReluSum sum, CanonicalForm form)
    {
        var facing = new Dictionary<AffineForm, bool>();
        foreach (var term in sum.Terms)
        {
            if (term.Argument.IsConstant || term.Coefficient.IsZero)
            {
                continue;
            }

            // A hyperplane already led by 1 is its own key: scaling it by 1 made a copy of every σ(x − b).
            var leading = term.Argument.Terms[0].Coefficient;
            var hyperplane = leading == Fraction.One ? term.Argument : term.Argument.Scale((Fraction.One / leading).Reduce());
            facing.TryAdd(hyperplane, leading.IsNegative);
        }

        return form.Terms.Select(t => facing.TryGetValue(t.Hyperplane, out var left) && left).ToArray();
    }

    /// <summary>
    /// The network as written: one unit per ReLU term in the written order (weights from its argument,
    /// bias its constant, output weight its coefficient); a linear part v·x becomes σ(v·x) − σ(−v·x);
    /// the constant c is the output bias, or with <paramref name="constantsAsUnits"/> a unit
    /// σ(0·x + |c|) with output weight ±1, as the blog draws it.
    /// </summary>
    /// <param name="sum">The sum as written.</param>
    /// <param name="inputs">The network's inputs, in order; every variable of the sum, each once, and possibly more.</param>
    /// <param name="constantsAsUnits">Whether the constant becomes a unit σ(0·x + |c|) instead of the output bias.</param>
    /// <returns>The network, unit for unit as written; the same function as <paramref name="sum"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sum"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> names an input twice or misses a variable of the sum.</exception>
    public static Network AsWritten(ReluSum sum, IReadOnlyList<string> inputs, bool constantsAsUnits)
    {
        ArgumentNullException.ThrowIfNull(sum);
        var index = InputIndex(sum, inputs);
        var units = ImmutableArray.CreateBuilder<HiddenUnit>(sum.Terms.Length + 3);
        foreach (var term in sum.Terms)
        {
            units.Add(new HiddenUnit(Dense(term.Argument, index).ToImmutableArray(), term.Argument.Constant, term.Coefficient));
        }

        var linear = Dense(sum.Affine, index);
        if (linear.Any(v => !v.IsZero))
        {
            units.Add(new HiddenUnit(linear.ToImmutableArray(), Fraction.Zero, Fraction.One));
            units.Add(new HiddenUnit(linear.Select(v => -v).ToImmutableArray(), Fraction.Zero, Fraction.MinusOne));
        }

        var constant = sum.Affine.Constant;
        var bias = constant;
        if (constantsAsUnits && !constant.IsZero)
        {
            var zero = Enumerable.Repeat(Fraction.Zero, inputs.Count).ToImmutableArray();
            units.Add(new HiddenUnit(zero, constant.IsNegative ? -constant : constant, constant.IsNegative ? Fraction.MinusOne : Fraction.One));
            bias = Fraction.Zero;
        }

        return new Network(inputs.ToImmutableArray(), units.ToImmutable(), bias);
    }

    /// <summary>Input name → position; every variable of the sum must be an input, each input named once.</summary>
    private static Dictionary<string, int> InputIndex(ReluSum sum, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (!index.TryAdd(inputs[i], i))
            {
                throw new ArgumentException($"The input `{inputs[i]}` is listed twice.", nameof(inputs));
            }
        }

        foreach (var name in sum.Variables)
        {
            if (!index.ContainsKey(name))
            {
                throw new ArgumentException($"The variable `{name}` occurs in the expression but is not an input.", nameof(inputs));
            }
        }

        return index;
    }

    private static Fraction[] Dense(AffineForm form, Dictionary<string, int> index)
    {
        var vector = new Fraction[index.Count];
        Array.Fill(vector, Fraction.Zero);
        foreach (var term in form.Terms)
        {
            vector[index[term.Variable]] = term.Coefficient;
        }

        return vector;
    }
}
