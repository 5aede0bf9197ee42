using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Parser;
using ReluCompiler.Tests.Emit;
using ParserCases = ReluCompiler.Tests.Parser.CaseFile;
using ExactText = ReluCompiler.Tests.Parser.ExactText;

namespace ReluCompiler.Tests.Engines;

/// <summary>
/// The case sets, read once. Expected values come from exact arithmetic only: the case file's own numbers,
/// the exact evaluation of the canonical form the file expects, or a network's Fraction evaluation at
/// the exact value of each double point; never from another engine.
/// </summary>
internal static class EngineCases
{
    /// <summary>Exactly representable points every canonical case is valued at, per input.</summary>
    private static readonly double[] Grid = [-3, -1, -0.5, 0, 0.5, 1, 2, 3];

    private static readonly Dictionary<CaseSet, Lazy<EngineCase[]>> Sets = new()
    {
        [CaseSet.Blog] = new(Blog),
        [CaseSet.Canonical] = new(() => ValuedBy("canonical.txt")),
        [CaseSet.Notation] = new(() => ValuedBy("notation.txt")),
        [CaseSet.Random] = new(() => Random(seed: 10, count: 40)),
    };

    public static EngineCase[] Of(CaseSet set) => Sets[set].Value;

    /// <summary><c>expression ⇶ x=0:1; x=1:1</c>, or <c>Wx=1,B=2:3</c> for several variables.</summary>
    private static EngineCase[] Blog() =>
        ParserCases.Load("blog-expressions.txt").Select(row =>
        {
            var (expression, values) = ((string)row[0], (string)row[1]);
            var network = Relu.Parse(expression).SmallestNetwork().Network;
            var points = values.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(entry =>
            {
                var colon = entry.LastIndexOf(':');
                var named = entry[..colon].Split(',').Select(a => a.Split('=')).ToDictionary(a => a[0].Trim(), a => ExactText.Parse(a[1]), StringComparer.Ordinal);
                var inputs = network.Inputs.Select(name => ExactMath.ToDouble(named[name])).ToArray();
                return (inputs, ExactText.Parse(entry[(colon + 1)..]));
            }).ToArray();
            return new EngineCase(expression, network, points, ExactInDoubles: true);
        }).ToArray();

    /// <summary>
    /// <c>expression ⇶ same function</c> (its canonical form, or its plain spelling): the network of the
    /// expression, valued exactly by the right-hand side.
    /// </summary>
    private static EngineCase[] ValuedBy(string file) =>
        ParserCases.Load(file).Select(row =>
        {
            var (expression, sameFunction) = ((string)row[0], (string)row[1]);
            var network = Relu.Parse(expression).SmallestNetwork().Network;
            var expected = ReluParser.Parse(sameFunction).Sum;
            var points = PointsFor(network).Select(inputs =>
            {
                var named = network.Inputs.Select((name, j) => (name, Doubles.Exact(inputs[j]))).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal);
                return (inputs, expected.Evaluate(named));
            }).ToArray();
            return new EngineCase(expression, network, points, ExactInDoubles: false);
        }).ToArray();

    /// <summary>Grid points (every combination for one or two inputs, a seeded sample for more) and, for one input, each kink.</summary>
    private static IEnumerable<double[]> PointsFor(Network network)
    {
        var d = network.Inputs.Length;
        var random = new Random(d);
        var grid = d switch
        {
            0 => [[]],
            1 => Grid.Select(x => new[] { x }),
            2 => Grid.SelectMany(x => Grid.Select(y => new[] { x, y })),
            _ => Enumerable.Range(0, 24).Select(_ => Enumerable.Range(0, d).Select(_ => Grid[random.Next(Grid.Length)]).ToArray()),
        };
        return d == 1 ? grid.Concat(RandomNetworks.Breakpoints(network).Select(x => new[] { x })) : grid;
    }

    /// <summary>
    /// Networks with small rational weights (thirds and tenths do not round-trip, so rounding is exercised),
    /// up to 40 units for one input, at uniform points, large ones and, for one input, each kink and its
    /// neighbouring doubles.
    /// </summary>
    private static EngineCase[] Random(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var d = i % 8 == 0 ? 0 : i % 8 <= 4 ? 1 : i % 8 <= 6 ? 2 : 3;
            var units = Enumerable.Range(0, random.Next(d == 1 ? 41 : 13))
                .Select(_ => new HiddenUnit(Enumerable.Range(0, d).Select(_ => Rational(random)).ToImmutableArray(), Rational(random), Rational(random)))
                .ToImmutableArray();
            var network = new Network(new[] { "x", "y", "z" }.Take(d).ToImmutableArray(), units, Rational(random));
            var points = Enumerable.Range(0, 12)
                .Select(k => Enumerable.Range(0, d).Select(_ => k < 9 ? (random.NextDouble() * 20) - 10 : (random.NextDouble() * 2e6) - 1e6).ToArray())
                .Concat(d == 1 ? RandomNetworks.Breakpoints(network).Select(x => new[] { x }) : [])
                .Select(inputs => (inputs, network.Evaluate(inputs.Select(Doubles.Exact).ToArray().AsSpan())))
                .ToArray();
            return new EngineCase($"random network {i} ({d} inputs, {units.Length} units)", network, points, ExactInDoubles: false);
        }).ToArray();
    }

    private static Fraction Rational(Random random) =>
        new Fraction(random.Next(-6, 7), new[] { 1, 1, 1, 2, 3, 4, 7, 10 }[random.Next(8)]).Reduce();
}
