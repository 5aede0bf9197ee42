using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReluCompiler.Interchange.Tests.Models;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Interchange.Tests;

/// <summary>
/// Models built in code in every supported form, each run through ONNX Runtime and through the imported
/// network on the same points: the runtime's float result is within <see cref="RoundingBound"/> of the exact value.
/// </summary>
public sealed class ImportAgreesWithOnnxRuntimeTests
{
    public static IEnumerable<object[]> GemmForms() =>
        from useDouble in new[] { false, true }
        from transB in new[] { false, true }
        from raw in new[] { false, true }
        from scale in new[] { (1f, 1f), (0.5f, 2f), (-1.25f, 3f) }
        select new object[] { useDouble, transB, raw, scale.Item1, scale.Item2 };

    [Theory]
    [MemberData(nameof(GemmForms))]
    public void AGemmModelIsImportedAsTheFunctionOnnxRuntimeComputes(bool useDouble, bool transB, bool raw, float alpha, float beta)
    {
        var net = RandomNetwork.Create(seed: 11, inputs: 3, units: 7);
        var model = TestModel.GemmNetwork(net, useDouble, transB, alpha, beta, raw).ToBytes();
        AssertAgrees(model, useDouble, width: 3);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void AMatMulPlusAddModelIsImportedAsTheFunctionOnnxRuntimeComputes(bool useDouble, bool raw)
    {
        var net = RandomNetwork.Create(seed: 5, inputs: 2, units: 9);
        AssertAgrees(TestModel.MatMulNetwork(net, useDouble, raw).ToBytes(), useDouble, width: 2);
    }

    [Fact]
    public void AlphaAndBetaScaleTheImportedWeightsExactly()
    {
        var net = RandomNetwork.Create(seed: 3, inputs: 1, units: 2);
        var plain = ReluInterchange.ReadOnnx(new MemoryStream(TestModel.GemmNetwork(net).ToBytes()));
        var scaled = ReluInterchange.ReadOnnx(new MemoryStream(TestModel.GemmNetwork(net, alpha: 0.5f, beta: 2f).ToBytes()));

        Assert.Equal(plain.Hidden[0].Weights[0] / 2, scaled.Hidden[0].Weights[0]);
        Assert.Equal(plain.Hidden[0].Bias * 2, scaled.Hidden[0].Bias);
        Assert.Equal(plain.Hidden[1].OutputWeight / 2, scaled.Hidden[1].OutputWeight);
        Assert.Equal(plain.OutputBias * 2, scaled.OutputBias);
    }

    [Fact]
    public void TheImportedWeightsAreTheStoredFloatsExactly()
    {
        var net = RandomNetwork.Create(seed: 8, inputs: 2, units: 3);
        var imported = ReluInterchange.ReadOnnx(new MemoryStream(TestModel.GemmNetwork(net).ToBytes()));

        // ImmutableArray's own Equals compares array references: compare the elements.
        Assert.Equal(net.ToNetwork().Hidden.ToArray(), imported.Hidden.ToArray());
        Assert.Equal(RandomNetwork.Exact(net.B2), imported.OutputBias);
        Assert.Equal(["x1", "x2"], imported.Inputs.ToArray());
    }

    /// <summary>ONNX Runtime's outputs against the exact imported network, and the imported double evaluation against both.</summary>
    internal static void AssertAgrees(byte[] model, bool useDouble, int width)
    {
        var network = ReluInterchange.ReadOnnx(new MemoryStream(model));
        var points = Points.Random(seed: 100, width);
        var runtime = OnnxRuntimeRunner.Run(model, points, useDouble);
        for (var p = 0; p < points.Length; p++)
        {
            var exact = ExactMath.ToDouble(RoundingBound.Exact(network, points[p]));
            var bound = RoundingBound.Of(network, points[p], useDouble);
            Assert.True(
                Math.Abs(runtime[p] - exact) <= bound,
                $"at ({string.Join(", ", points[p])}): ONNX Runtime {runtime[p]:R}, exact {exact:R}, bound {bound:R}");
            Assert.True(Math.Abs(network.Evaluate(points[p]) - exact) <= RoundingBound.Of(network, points[p], useDouble: true));
        }
    }
}
