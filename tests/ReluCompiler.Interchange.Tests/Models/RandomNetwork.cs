using System;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Interchange.Numbers;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Tests.Models;

/// <summary>
/// A one-hidden-layer network with random float32-representable weights (so float and double models store
/// them exactly): W1 is row-major [units, inputs].
/// </summary>
internal sealed record RandomNetwork(int Inputs, int Units, double[] W1, double[] B1, double[] W2, double B2)
{
    public static RandomNetwork Create(int seed, int inputs, int units)
    {
        var random = new Random(seed);
        double Next() => (float)((random.NextDouble() * 4) - 2);
        return new RandomNetwork(
            inputs,
            units,
            [.. Enumerable.Range(0, units * inputs).Select(_ => Next())],
            [.. Enumerable.Range(0, units).Select(_ => Next())],
            [.. Enumerable.Range(0, units).Select(_ => Next())],
            Next());
    }

    /// <summary>The exact network these weights define (no alpha or beta).</summary>
    public Network ToNetwork()
    {
        var names = Inputs == 1 ? ImmutableArray.Create("x") : [.. Enumerable.Range(1, Inputs).Select(i => "x" + i)];
        var units = Enumerable.Range(0, Units).Select(j => new HiddenUnit(
            [.. Enumerable.Range(0, Inputs).Select(i => Exact(W1[(j * Inputs) + i]))],
            Exact(B1[j]),
            Exact(W2[j])));
        return new Network(names, [.. units], Exact(B2));
    }

    public static Fraction Exact(double value) => BinaryFloats.FromDouble(value)!.Value;
}
