using System;
using ReluCompiler.Ir;

namespace ReluCompiler.Benchmarks.Infrastructure;

/// <summary>
/// Every engine is checked against the interpreter before it is timed, so a fast wrong answer cannot win.
/// Sum and table forms round differently (bound on EmitThresholds), hence a tolerance rather than bit equality.
/// Only the first 1,024 points are checked: the interpreter at 1,024 units takes about 0.2 ms a point.
/// </summary>
internal static class Agreement
{
    private const int Checked = 1024;

    public static void Check(string engine, Network network, double[] points, SpanEvaluator candidate)
    {
        var inputs = network.Inputs.Length;
        for (var i = 0; i < Math.Min(Checked, points.Length / inputs); i++)
        {
            var point = points.AsSpan(i * inputs, inputs);
            var expected = network.Evaluate(point);
            var actual = candidate(point);
            if (!(Math.Abs(actual - expected) <= 1e-6 * (1 + Math.Abs(expected))))
            {
                throw new InvalidOperationException(
                    $"{engine} gives {actual} at point {i} ({string.Join(", ", point.ToArray())}); the interpreter gives {expected}.");
            }
        }
    }

    public static void Check(string engine, Network network, double[] xs, Func<double, double> candidate) =>
        Check(engine, network, xs, point => candidate(point[0]));

    /// <summary>One result of a one-input network at <paramref name="x"/>, against the interpreter.</summary>
    public static void CheckValue(string engine, Network network, double x, double actual) =>
        Check(engine, network, [x], (double _) => actual);

    /// <summary>A batch kernel's outputs <paramref name="ys"/> for the one-input points <paramref name="xs"/>.</summary>
    public static void CheckBatch(string engine, Network network, double[] xs, double[] ys)
    {
        for (var i = 0; i < Math.Min(Checked, xs.Length); i++)
        {
            var index = i;
            Check(engine, network, [xs[i]], (double _) => ys[index]);
        }
    }

    /// <summary>A decision that must come out <paramref name="expected"/> (equality of two spellings of one function).</summary>
    public static void CheckAnswer<T>(string engine, T expected, T actual)
    {
        if (!Equals(expected, actual))
        {
            throw new InvalidOperationException($"{engine} answers {actual}; it should answer {expected}.");
        }
    }
}
