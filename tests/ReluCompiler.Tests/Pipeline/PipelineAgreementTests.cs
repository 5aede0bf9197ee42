using System;
using System.Collections.Generic;
using CsCheck;
using Fractions;
using ReluCompiler.Ir;
using ReluCompiler.Tests.Parser;
using Xunit;

namespace ReluCompiler.Tests.Pipeline;

/// <summary>
/// Text through every stage at once: a random expression with its own exact evaluator (independent of the
/// parser) must agree with the parsed IR, the canonical form, the smallest and as-written networks and the
/// IL delegate (EngineMatrixTests runs the case files on every engine, Roslyn's included).
/// </summary>
public sealed class PipelineAgreementTests
{
    private static readonly Gen<Fraction> Point =
        Gen.Select(Gen.Int[-40, 40], Gen.OneOf(1, 2, 3, 4, 8), (p, q) => new Fraction(p, q).Reduce());

    private static readonly Gen<(RandomExpression Expression, int Seed, Fraction[] Points)> Cases =
        Gen.Select(RandomExpression.Any, Gen.Int, Point.Array[8]);

    [Fact]
    public void EveryExactStageAgreesWithTheIndependentEvaluator() =>
        Cases.Sample(
            test =>
            {
                var text = test.Expression.Render(new Random(test.Seed));
                var parsed = Relu.Parse(text);
                var canonical = parsed.Canonical;
                var smallest = parsed.SmallestNetwork().Network;
                var asWritten = parsed.AsWrittenNetwork();
                foreach (var x in test.Points)
                {
                    var expected = test.Expression.Evaluate(x);
                    var point = Bind(parsed.Inputs, x);
                    Assert.Equal(expected, parsed.Sum.Evaluate(point));
                    Assert.Equal(expected, canonical.Evaluate(point));
                    Assert.Equal(expected, smallest.Evaluate(Values(parsed.Inputs, x)));
                    Assert.Equal(expected, asWritten.Evaluate(Values(parsed.Inputs, x)));
                }
            },
            iter: 300);

    [Fact]
    public void IlDelegateComputesTheSameDoublesAsItsChosenForm() =>
        Cases.Sample(
            test =>
            {
                var parsed = Relu.Parse(test.Expression.Render(new Random(test.Seed)));
                var compiled = parsed.Compile();
                var network = compiled.Network;
                var table = compiled.Strategy == EvaluationStrategy.PieceTable ? PieceTable.FromNetwork(network) : null;
                foreach (var x in test.Points)
                {
                    var inputs = parsed.Inputs.IsEmpty ? Array.Empty<double>() : [ExactMath.ToDouble(x)];
                    var reference = table is null ? network.Evaluate(inputs) : table.Evaluate(inputs[0]);
                    Assert.Equal(reference, compiled.Invoke(inputs));
                    Assert.Equal(ExactMath.ToDouble(test.Expression.Evaluate(x)), compiled.Invoke(inputs), 9);
                }
            },
            iter: 300);

    private static Dictionary<string, Fraction> Bind(System.Collections.Immutable.ImmutableArray<string> inputs, Fraction x)
    {
        var point = new Dictionary<string, Fraction>(StringComparer.Ordinal);
        foreach (var name in inputs)
        {
            point[name] = x;
        }

        return point;
    }

    private static Fraction[] Values(System.Collections.Immutable.ImmutableArray<string> inputs, Fraction x) =>
        inputs.IsEmpty ? [] : [x];
}
