using System;
using System.IO;
using System.Linq;
using ReluCompiler.Interchange.Tests.Models;
using ReluCompiler.Ir;
using Xunit;

namespace ReluCompiler.Interchange.Tests;

/// <summary>
/// <c>relu eq</c> on models: a copy with units permuted, rescaled by powers of two, split in halves or with a dead
/// unit is the same function; moving one bias by one ulp is not, and ONNX Runtime sees the difference at the witness.
/// </summary>
public sealed class EquivalenceTests
{
    private static readonly RandomNetwork Net = RandomNetwork.Create(seed: 31, inputs: 3, units: 6);

    private static ReluExpression Import(RandomNetwork net, bool useDouble = false) =>
        ReluInterchange.FromOnnx(new MemoryStream(TestModel.GemmNetwork(net, useDouble).ToBytes()));

    [Fact]
    public void PermutedUnitsGiveTheSameFunction() =>
        AssertEqual(Reorder(Net, [5, 3, 1, 0, 2, 4]));

    [Fact]
    public void UnitsRescaledByPowersOfTwoGiveTheSameFunction()
    {
        // σ(s·z) = s·σ(z) for s > 0: the input side times 2^e, the output side times 2^-e; exact in binary floats.
        var scale = Enumerable.Range(0, Net.Units).Select(j => Math.ScaleB(1.0, (j % 5) - 2)).ToArray();
        AssertEqual(Net with
        {
            W1 = [.. Net.W1.Select((w, i) => w * scale[i / Net.Inputs])],
            B1 = [.. Net.B1.Select((b, j) => b * scale[j])],
            W2 = [.. Net.W2.Select((a, j) => a / scale[j])],
        });
    }

    [Fact]
    public void AUnitSplitInTwoHalvesGivesTheSameFunction() =>
        AssertEqual(Net with
        {
            Units = Net.Units + 1,
            W1 = [.. Net.W1, .. Net.W1[..Net.Inputs]],
            B1 = [.. Net.B1, Net.B1[0]],
            W2 = [Net.W2[0] / 2, .. Net.W2[1..], Net.W2[0] / 2],
        });

    [Fact]
    public void ADeadUnitAddedGivesTheSameFunction() =>
        // σ(0·x − 1) is never active, whatever its output weight.
        AssertEqual(Net with
        {
            Units = Net.Units + 1,
            W1 = [.. Net.W1, .. Enumerable.Repeat(0.0, Net.Inputs)],
            B1 = [.. Net.B1, -1],
            W2 = [.. Net.W2, 123.5],
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OneBiasMovedByOneUlpIsNotEqualAndOnnxRuntimeConfirmsTheWitness(bool useDouble)
    {
        // Units: σ(x − 1), 3σ(−x − 2), −2σ(x − 5), σ(−2x − 8)/4; at the witness x = 1 only the moved unit can be active,
        // so float arithmetic there is exact and the one-ulp difference is visible.
        var net = new RandomNetwork(1, 4, [1, -1, 1, -2], [-1, -2, -5, -8], [1, 3, -2, 0.25], 0);
        var moved = net with { B1 = [useDouble ? Math.BitIncrement(-1.0) : MathF.BitIncrement(-1f), .. net.B1[1..]] };
        var left = Import(net, useDouble);
        var right = Import(moved, useDouble);

        var answer = Relu.Equivalent(left, right);
        Assert.False(answer.IsEqual);
        var witness = answer.WitnessValues.Select(ExactMath.ToDouble).ToArray();
        Assert.Equal(answer.WitnessValues[0], RandomNetwork.Exact(witness[0])); // the witness is a float point
        Assert.Equal(answer.LeftValue, left.EvaluateExact(answer.WitnessValues.ToArray()));
        Assert.Equal(answer.RightValue, right.EvaluateExact(answer.WitnessValues.ToArray()));

        var leftRuntime = OnnxRuntimeRunner.Run(TestModel.GemmNetwork(net, useDouble).ToBytes(), [witness], useDouble)[0];
        var rightRuntime = OnnxRuntimeRunner.Run(TestModel.GemmNetwork(moved, useDouble).ToBytes(), [witness], useDouble)[0];
        Assert.Equal(ExactMath.ToDouble(answer.LeftValue!.Value), leftRuntime);
        Assert.Equal(ExactMath.ToDouble(answer.RightValue!.Value), rightRuntime);
        Assert.NotEqual(leftRuntime, rightRuntime);
    }

    [Fact]
    public void TheSamplePyTorchModelEqualsItsPrunedCopyAndTheStepModelItsExpression()
    {
        var model = RepositoryFiles.Path("samples", "onnx", "model.onnx");
        Assert.Equal((0, "equal\n", ""), CliRunner.Run("eq", model, RepositoryFiles.Path("samples", "onnx", "model-pruned.onnx")));
        Assert.Equal((0, "equal\n", ""), CliRunner.Run("eq", RepositoryFiles.Path("samples", "onnx", "step.onnx"), "σ(x-1) + 1"));
        var different = CliRunner.Run("eq", model, "x1 + x2");
        Assert.Equal(1, different.ExitCode);
    }

    private static void AssertEqual(RandomNetwork copy)
    {
        var answer = Relu.Equivalent(Import(Net), Import(copy));
        Assert.True(answer.IsEqual, $"witness {string.Join(", ", answer.WitnessValues)}");
        // The tests' transformations must really change the stored model.
        Assert.NotEqual(TestModel.GemmNetwork(Net).ToBytes(), TestModel.GemmNetwork(copy).ToBytes());
    }

    private static RandomNetwork Reorder(RandomNetwork net, int[] order) => net with
    {
        W1 = [.. order.SelectMany(j => net.W1.Skip(j * net.Inputs).Take(net.Inputs))],
        B1 = [.. order.Select(j => net.B1[j])],
        W2 = [.. order.Select(j => net.W2[j])],
    };
}
