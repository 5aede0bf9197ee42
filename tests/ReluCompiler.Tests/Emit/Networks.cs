using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Emit;

/// <summary>The blog's networks and edge cases, built by hand from hidden units.</summary>
internal static class Networks
{
    /// <summary>a·σ(w·x + b) for one input.</summary>
    public static HiddenUnit Unit(Fraction w, Fraction b, Fraction a) => new(ImmutableArray.Create(w), b, a);

    /// <summary>a·σ(w₀x₀ + w₁x₁ + … + b).</summary>
    public static HiddenUnit UnitOf(Fraction[] weights, Fraction b, Fraction a) => new(weights.ToImmutableArray(), b, a);

    public static Network OneInput(Fraction outputBias, params HiddenUnit[] units) =>
        new(ImmutableArray.Create("x"), units.ToImmutableArray(), outputBias);

    /// <summary>σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3) - σ(x-4) + σ(x-6): the blog's staircase of six kinks.</summary>
    public static Network Staircase => OneInput(
        0,
        Unit(1, 0, 1), Unit(1, -1, -1), Unit(1, -2, 1), Unit(1, -3, -1), Unit(1, -4, -1), Unit(1, -6, 1));

    /// <summary>σ(x - 1) + 1: the blog's first example, with the constant as the output bias.</summary>
    public static Network ShiftedRelu => OneInput(1, Unit(1, -1, 1));

    /// <summary>The constant 3/2 in x: no hidden units at all.</summary>
    public static Network Constant => OneInput(new Fraction(3, 2));

    /// <summary>2x - 1 as σ(x) - σ(-x) scaled: the two units a pure line needs.</summary>
    public static Network Line => OneInput(-1, Unit(1, 0, 2), Unit(-1, 0, -2));

    /// <summary>The tent σ(x + 2) - 2σ(x) + σ(x - 2) with thirds, so weights are not all integers.</summary>
    public static Network Tent => OneInput(0, Unit(1, 2, 1), Unit(1, 0, -2), Unit(new Fraction(1, 3), new Fraction(-2, 3), 3));

    /// <summary>σ(x + y - 1) - σ(x - y) + 1/2 in two inputs.</summary>
    public static Network TwoInputs => new(
        ImmutableArray.Create("x", "y"),
        ImmutableArray.Create(UnitOf([1, 1], -1, 1), UnitOf([1, -1], 0, -1)),
        new Fraction(1, 2));

    /// <summary>σ(x + 2y - z) + 0.1·σ(-x + z + 3) - 2 in three inputs.</summary>
    public static Network ThreeInputs => new(
        ImmutableArray.Create("x", "y", "z"),
        ImmutableArray.Create(UnitOf([1, 2, -1], 0, 1), UnitOf([-1, 0, 1], 3, new Fraction(1, 10))),
        -2);

    /// <summary>An interpolant through n + 1 points of a sawtooth: n units with alternating slope changes (n breakpoints).</summary>
    public static Network Sawtooth(int kinks)
    {
        var units = Enumerable.Range(0, kinks)
            .Select(k => Unit(1, -k, k == 0 ? 1 : k % 2 == 0 ? 2 : -2))
            .ToArray();
        return OneInput(0, units);
    }

    /// <summary>A network with <paramref name="count"/> units whose parameters are small varied rationals, for loop-sized sums.</summary>
    public static Network Wide(int count, int inputs)
    {
        var names = new[] { "x", "y", "z", "t" }.Take(inputs).ToImmutableArray();
        var units = Enumerable.Range(0, count)
            .Select(i => UnitOf(
                Enumerable.Range(0, inputs).Select(j => new Fraction(((i * 7) + (j * 3)) % 11 - 5, 1 + (i % 4))).ToArray(),
                new Fraction((i * 5) % 13 - 6, 1 + (i % 3)),
                new Fraction((i * 3) % 7 - 3, 1 + (i % 5))))
            .ToImmutableArray();
        return new Network(names, units, new Fraction(1, 4));
    }
}
