using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Generator.Tests;

/// <summary>
/// The generated methods, compiled by Roslyn and run, give the same bits as the IL delegate
/// (<c>Relu.Compile</c>) on the same expression, inputs and form: the blog's expressions in every form that
/// fits, a ridge with reversed parameters, random networks of every strategy, and the batch form.
/// </summary>
public sealed class AgreementTests
{
    private static readonly Lazy<(Assembly Assembly, List<Case> Cases)> Compiled = new(Build);

    public static IEnumerable<object[]> Names => Build().Item2.Select(c => new object[] { c.Method });

    [Theory]
    [MemberData(nameof(Names))]
    public void GeneratedMethodAgreesBitForBitWithTheIlDelegate(string method)
    {
        var (assembly, cases) = Compiled.Value;
        var @case = cases.Single(c => c.Method == method);
        var generated = assembly.GetType("Demo.Functions")!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!;
        var il = Relu.Parse(@case.Expression, @case.Inputs).Compile(@case.Strategy);
        foreach (var point in Cases.Points(@case.Inputs.Length, method.Length))
        {
            var expected = il.Invoke(point);
            var actual = (double)generated.Invoke(null, [.. point.Cast<object>()])!;
            Assert.True(
                SameBits(expected, actual),
                $"{method} `{@case.Expression}` at ({string.Join(", ", point)}): IL {expected:R}, generated {actual:R} ({il.Strategy})");
        }
    }

    [Fact]
    public void BatchFormAgreesWithTheIlDelegateAtEveryPoint()
    {
        var (assembly, _) = Compiled.Value;
        var many = assembly.GetType("Demo.Functions")!.GetMethod("Many")!.CreateDelegate<Batch>();
        var points = Cases.Points(1, 7).Select(p => p[0]).ToArray();
        var results = new double[points.Length];
        many(points, results);
        var il = Relu.Compile("σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)").Unary;
        for (var i = 0; i < points.Length; i++)
        {
            Assert.True(SameBits(il(points[i]), results[i]), $"at {points[i]:R}: IL {il(points[i]):R}, generated {results[i]:R}");
        }

        Assert.Throws<ArgumentException>(() => many(points, new double[1]));
    }

    /// <summary>The same double to the bit; any NaN equals any NaN (payloads are not part of the contract).</summary>
    private static bool SameBits(double expected, double actual) =>
        BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) || (double.IsNaN(expected) && double.IsNaN(actual));

    private delegate void Batch(ReadOnlySpan<double> xs, Span<double> ys);

    private static (Assembly, List<Case>) Build()
    {
        var cases = new List<Case>();
        var index = 0;
        foreach (var text in Cases.Blog)
        {
            var inputs = Relu.Parse(text).Inputs.ToArray();
            cases.Add(new Case("Blog" + index, text, inputs, EvaluationStrategy.Automatic));
            cases.Add(new Case("BlogLoop" + index, text, inputs, EvaluationStrategy.SumLoop));
            if (inputs.Length == 1)
            {
                cases.Add(new Case("BlogTable" + index, text, inputs, EvaluationStrategy.PieceTable));
            }

            index++;
        }

        cases.Add(new Case("Ridge", "2σ(x + y - 1) - σ(x - y)", ["y", "x"], EvaluationStrategy.Automatic));
        var random = new Random(11);
        foreach (var (inputs, units) in new (string[], int)[] { (["x"], 5), (["x"], 40), (["x", "y"], 12), (["x", "y", "z"], 100), (["a", "b"], 300), ([.. Enumerable.Range(1, 17).Select(i => "x" + i)], 3) })
        {
            cases.Add(new Case($"Random{inputs.Length}x{units}", Cases.RandomExpression(random, inputs, units), inputs, EvaluationStrategy.Automatic));
        }

        var source = new StringBuilder("using System;\nusing ReluCompiler;\nnamespace Demo;\npublic static partial class Functions\n{\n");
        foreach (var c in cases)
        {
            var form = c.Strategy == EvaluationStrategy.Automatic ? "" : ", Form = ReluForm." + c.Strategy;
            source.Append($"    [ReluFunction({Cases.Verbatim(c.Expression)}{form})]\n");
            source.Append($"    public static partial double {c.Method}({string.Join(", ", c.Inputs.Select(i => "double " + i))});\n");
        }

        source.Append("    [ReluFunction(\"σ(x-0) - σ(x-1) + σ(x-2) - σ(x-3)\")]\n");
        source.Append("    public static partial void Many(ReadOnlySpan<double> xs, Span<double> ys);\n}\n");
        var run = GeneratorRun.Of(source.ToString());
        return (run.Load(), cases);
    }

    private sealed record Case(string Method, string Expression, string[] Inputs, EvaluationStrategy Strategy);
}
