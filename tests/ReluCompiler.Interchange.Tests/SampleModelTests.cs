using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ReluCompiler.Roslyn;
using ReluCompiler.Interchange.Tests.Models;
using Xunit;

namespace ReluCompiler.Interchange.Tests;

/// <summary>
/// samples/onnx/model.onnx, exported by PyTorch (samples/onnx/make_models.py): every verb reads it, and
/// <c>relu eval</c> and <c>relu emit</c> agree with ONNX Runtime and with PyTorch's own float32 outputs.
/// </summary>
public sealed class SampleModelTests
{
    private static readonly string Model = RepositoryFiles.Path("samples", "onnx", "model.onnx");

    private static (double[] Point, double PyTorch)[] Expected() =>
        [.. File.ReadLines(RepositoryFiles.Path("samples", "onnx", "model-expected.txt"))
            .Where(line => !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.Split(" \u21F6 ")) // ⇶
            .Select(parts => (parts[0].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray(), double.Parse(parts[1], CultureInfo.InvariantCulture)))];

    [Fact]
    public void EvalAgreesWithPyTorchAndOnnxRuntimeWithinTheBound()
    {
        var expected = Expected();
        var network = ReluInterchange.ReadOnnx(File.OpenRead(Model));
        var runtime = OnnxRuntimeRunner.Run(File.ReadAllBytes(Model), [.. expected.Select(e => e.Point)], useDouble: false);
        var run = CliRunner.Run(["eval", Model, .. expected.Select(e => string.Join(",", e.Point.Select(v => v.ToString("R", CultureInfo.InvariantCulture))))]);
        Assert.Equal(0, run.ExitCode);
        var printed = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        for (var p = 0; p < expected.Length; p++)
        {
            var bound = RoundingBound.Of(network, expected[p].Point, useDouble: false);
            Assert.True(Math.Abs(printed[p] - expected[p].PyTorch) <= bound, $"PyTorch {expected[p].PyTorch:R}, relu eval {printed[p]:R}");
            Assert.True(Math.Abs(printed[p] - runtime[p]) <= bound, $"ONNX Runtime {runtime[p]:R}, relu eval {printed[p]:R}");
        }
    }

    [Fact]
    public void EmittedCSharpAgreesWithOnnxRuntime()
    {
        var run = CliRunner.Run("emit", Model, "--class", "Sample");
        Assert.Equal(0, run.ExitCode);
        var evaluate = RoslynCompiler.CompileEvaluate<Func<double, double, double>>(run.Output, "Sample");
        var network = ReluInterchange.ReadOnnx(File.OpenRead(Model));
        var points = Points.Random(seed: 3, width: 2, count: 50);
        var runtime = OnnxRuntimeRunner.Run(File.ReadAllBytes(Model), points, useDouble: false);
        for (var p = 0; p < points.Length; p++)
        {
            var bound = RoundingBound.Of(network, points[p], useDouble: false);
            Assert.True(Math.Abs(evaluate(points[p][0], points[p][1]) - runtime[p]) <= bound);
        }
    }

    [Fact]
    public void TheModelAndItsPrunedCopyHaveOneCanonicalFormAndTheStepModelItsPieces()
    {
        var canon = CliRunner.Run("canon", Model);
        Assert.Equal(canon, CliRunner.Run("canon", RepositoryFiles.Path("samples", "onnx", "model-pruned.onnx")));
        Assert.Equal((0, "(-\u221E, 1]  y = 1\n[1, +\u221E)  y = x\n", ""), CliRunner.Run("pieces", RepositoryFiles.Path("samples", "onnx", "step.onnx"))); // ∞
    }

    [Theory]
    [InlineData("canon")]
    [InlineData("net")]
    [InlineData("draw")]
    public void EveryVerbReadsTheModel(string verb)
    {
        var run = CliRunner.Run(verb, Model);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("x2", run.Output);
    }
}
