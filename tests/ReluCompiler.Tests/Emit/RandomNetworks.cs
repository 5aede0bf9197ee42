using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;

namespace ReluCompiler.Tests.Emit;

/// <summary>CsCheck generators: random networks with small rational weights, and the points that hurt.</summary>
internal static class RandomNetworks
{
    /// <summary>Points every engine must get right: zeros of both signs, subnormals, huge values, NaN and ±∞.</summary>
    public static readonly double[] SpecialPoints =
    [
        0.0, -0.0, 1.0, -1.0, 0.5, 1e16, -1e16, 1e300, -1e300,
        double.Epsilon, -double.Epsilon, 1e-310, 2.2250738585072014E-308,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    /// <summary>p/q with small p and q: thirds and tenths do not round-trip, so rounding is exercised.</summary>
    public static readonly Gen<Fraction> Rational =
        Gen.Select(Gen.Int[-6, 6], Gen.OneOf(1, 1, 1, 2, 3, 4, 7, 10), (p, q) => new Fraction(p, q).Reduce());

    public static Gen<Network> Network(int inputs, int maxUnits) =>
        Gen.Select(Rational.Array[inputs], Rational, Rational, (w, b, a) => new HiddenUnit(w.ToImmutableArray(), b, a))
            .Array[0, maxUnits]
            .Select(Rational, (units, c) => new Network(Names(inputs), units.ToImmutableArray(), c));

    /// <summary>A network of 0 to 3 inputs and its points (special and uniform values mixed per coordinate).</summary>
    public static readonly Gen<(Network Network, double[][] Points)> NetworkAndPoints =
        from inputs in Gen.Frequency((1, Gen.Const(0)), (6, Gen.Const(1)), (3, Gen.Const(2)), (2, Gen.Const(3)))
        from network in Network(inputs, 12)
        from points in Coordinate.Array[inputs].Array[8]
        select (network, points);

    /// <summary>A one-input network (up to 40 units, past the table threshold) and points including its breakpoints.</summary>
    public static readonly Gen<(Network Network, double[] Points)> OneInputAndPoints =
        from network in Network(1, 40)
        from points in Coordinate.Array[12]
        select (network, points.Concat(Breakpoints(network)).ToArray());

    private static Gen<double> Coordinate =>
        Gen.Frequency((2, Gen.OneOf(SpecialPoints)), (3, Gen.Double[-10, 10]), (1, Gen.Double[-1e6, 1e6]));

    /// <summary>Each unit's kink −b/w rounded, and its two neighbouring doubles: where pieces meet.</summary>
    public static IEnumerable<double> Breakpoints(Network network) =>
        network.Hidden
            .Where(u => !u.Weights[0].IsZero)
            .Select(u => ExactMath.ToDouble(-u.Bias / u.Weights[0]))
            .SelectMany(t => new[] { t, double.BitDecrement(t), double.BitIncrement(t) });

    private static ImmutableArray<string> Names(int inputs) => new[] { "x", "y", "z" }.Take(inputs).ToImmutableArray();
}
