using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Fractions;
using ReluCompiler.Interchange.Tests.Models;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Interchange.Tests;

/// <summary>
/// <c>relu export</c>: every blog expression and random networks written as ONNX, run in ONNX Runtime against the
/// exact values, and read back: equal to the source whenever no weight was rounded.
/// </summary>
public sealed class ExportTests
{
    [Theory]
    [MemberData(nameof(RepositoryFiles.BlogExpressions), MemberType = typeof(RepositoryFiles))]
    public void EveryBlogExpressionRunsInOnnxRuntimeAndReadsBack(string text)
    {
        var source = Relu.Parse(text);
        if (source.Inputs.IsEmpty)
        {
            return; // a constant has no input tensor to export; ConstantsCannotBeExported covers it
        }

        foreach (var precision in new[] { OnnxPrecision.Float32, OnnxPrecision.Float64 })
        {
            var export = ReluInterchange.ToOnnx(source.SmallestNetwork().Network, precision);
            AssertRunsAsTheSource(source, export, precision);

            var back = ReluInterchange.FromOnnx(new MemoryStream(export.Bytes));
            Assert.Equal(source.Inputs.ToArray(), back.Inputs.ToArray());
            Assert.Equal(export.LargestWeightError.IsZero, Relu.Equivalent(source, back).IsEqual);
        }
    }

    [Theory]
    [InlineData(1, 1, 4)]
    [InlineData(2, 2, 6)]
    [InlineData(3, 3, 12)]
    [InlineData(4, 5, 40)]
    public void RandomDyadicNetworksExportExactlyAsFloat64(int seed, int inputs, int units)
    {
        var random = new Random(seed);
        Fraction Next() => new(random.Next(-64, 65), 16);
        var names = inputs == 1 ? ImmutableArray.Create("x") : [.. Enumerable.Range(1, inputs).Select(i => "x" + i)];
        var network = new Network(
            names,
            [.. Enumerable.Range(0, units).Select(_ => new HiddenUnit([.. Enumerable.Range(0, inputs).Select(_ => Next())], Next(), Next()))],
            Next());
        var source = Relu.FromNetwork(network, "random");

        var export = ReluInterchange.ToOnnx(network, OnnxPrecision.Float64);
        Assert.Equal(Fraction.Zero, export.LargestWeightError);
        AssertRunsAsTheSource(source, export, OnnxPrecision.Float64);
        Assert.True(Relu.Equivalent(source, ReluInterchange.FromOnnx(new MemoryStream(export.Bytes))).IsEqual);

        var rounded = ReluInterchange.ToOnnx(network, OnnxPrecision.Float32);
        Assert.Equal(Fraction.Zero, rounded.LargestWeightError);
        AssertRunsAsTheSource(source, rounded, OnnxPrecision.Float32);
    }

    [Fact]
    public void Float32ReportsTheLargestWeightRoundingExactly()
    {
        // 1/3 is 0.333333343267…f: off by 1/3 − 11184811/2²⁵ = 1/(3·2²⁵).
        var export = ReluInterchange.ToOnnx(Relu.Parse("1/3 σ(x) + σ(x - 1)").SmallestNetwork().Network);
        Assert.Equal(new Fraction(1, 3 * (1 << 25)), export.LargestWeightError);
        Assert.Equal(new Fraction(1, 3L << 54), ReluInterchange.ToOnnx(Relu.Parse("1/3 σ(x) + σ(x - 1)").SmallestNetwork().Network, OnnxPrecision.Float64).LargestWeightError);
    }

    [Fact]
    public void AnAffineFunctionExportsItsTwoUnitsAndAConstantItsDeadUnit()
    {
        var line = ReluInterchange.ToOnnx(Relu.Parse("2x + 1").SmallestNetwork().Network, OnnxPrecision.Float64);
        Assert.Equal(2, line.HiddenUnits);
        Assert.True(Relu.Equivalent(Relu.Parse("2x + 1"), ReluInterchange.FromOnnx(new MemoryStream(line.Bytes))).IsEqual);

        var constant = ReluInterchange.ToOnnx(new Network(["x"], [], new Fraction(5)), OnnxPrecision.Float64);
        Assert.Equal(1, constant.HiddenUnits);
        Assert.Equal([5.0, 5.0], OnnxRuntimeRunner.Run(constant.Bytes, [[-1.0], [3.0]], useDouble: true));
    }

    [Fact]
    public void ConstantsCannotBeExported()
    {
        var error = Assert.Throws<NetworkFormatException>(() => ReluInterchange.ToOnnx(Relu.Parse("7").SmallestNetwork().Network));
        Assert.StartsWith("the function has no inputs", error.Message);
    }

    [Fact]
    public void ExportPrintsWhereItWroteAndTheRoundingError()
    {
        var path = CliRunner.TempFile([]);
        var run = CliRunner.Run("export", "σ(x) + 1/3 σ(x - 1)", "-o", path);
        Assert.Equal((0, $"wrote {path}: inputs (x), 2 hidden units, float32 weights\nlargest weight rounding error: 9.934107462565104E-09 (exactly 1/100663296)\n", ""), run);

        run = CliRunner.Run("export", "σ(x) + 3/4 σ(x - 1)", "--float64", "-o", path);
        Assert.Equal((0, $"wrote {path}: inputs (x), 2 hidden units, float64 weights\nevery weight is stored exactly\n", ""), run);
        Assert.Equal("equal\n", CliRunner.Run("eq", path, "σ(x) + 3/4 σ(x - 1)").Output);

        run = CliRunner.Run("export", "x", "--float32", "--float64", "-o", path);
        Assert.Equal((2, "", "error: --float32 and --float64 exclude each other; give one\n"), run);
    }

    /// <summary>ONNX Runtime's output against the source's exact value: float rounding plus what weight rounding can move.</summary>
    private static void AssertRunsAsTheSource(ReluExpression source, OnnxExport export, OnnxPrecision precision)
    {
        var useDouble = precision == OnnxPrecision.Float64;
        var stored = ReluInterchange.ReadOnnx(new MemoryStream(export.Bytes));
        var points = Points.Random(seed: 7, source.Inputs.Length, count: 32);
        var runtime = OnnxRuntimeRunner.Run(export.Bytes, points, useDouble);
        for (var p = 0; p < points.Length; p++)
        {
            var exact = source.EvaluateExact(points[p].Select(RandomNetwork.Exact).ToArray());
            var bound = RoundingBound.Of(stored, points[p], useDouble) + WeightRoundingBound(stored, export.LargestWeightError, points[p]);
            Assert.True(
                Math.Abs(runtime[p] - ExactMath.ToDouble(exact)) <= bound,
                $"{source} at ({string.Join(", ", points[p])}): ONNX Runtime {runtime[p]:R}, exact {ExactMath.ToDouble(exact):R}, bound {bound:R}");
        }
    }

    /// <summary>
    /// Weights each off by at most E move the output by at most E·(1 + Σⱼ (σ(zⱼ) + (|aⱼ| + E)·(1 + Σᵢ|xᵢ|))):
    /// σ is 1-Lipschitz, so zⱼ moves by at most E·(1 + Σ|xᵢ|), and aⱼ by E.
    /// </summary>
    private static double WeightRoundingBound(Network stored, Fraction largestError, double[] point)
    {
        var e = ExactMath.ToDouble(largestError);
        var spread = 1 + point.Sum(Math.Abs);
        var total = 1.0;
        foreach (var unit in stored.Hidden)
        {
            var z = ExactMath.ToDouble(unit.Bias) + unit.Weights.Select((w, i) => ExactMath.ToDouble(w) * point[i]).Sum();
            total += Math.Max(z, 0) + ((Math.Abs(ExactMath.ToDouble(unit.OutputWeight)) + e) * spread);
        }

        return 2 * e * total;
    }
}
