using System.IO;
using System.Linq;
using Google.Protobuf;
using ReluCompiler.Interchange.Onnx.Schema;
using ReluCompiler.Interchange.Tests.Models;
using Xunit;

namespace ReluCompiler.Interchange.Tests;

/// <summary>Flatten, Reshape, Squeeze, Unsqueeze, Identity, Cast and Constant where they leave the function unchanged.</summary>
public sealed class ShapeNodeTests
{
    private static readonly RandomNetwork Net = RandomNetwork.Create(seed: 21, inputs: 2, units: 5);

    [Fact]
    public void FlattenIdentityAndCastAroundTheLayersAreRead()
    {
        var model = new TestModel(2)
            .Initializer("W1", [5, 2], Net.W1).Initializer("b1", [5], Net.B1)
            .Initializer("W2", [1, 5], Net.W2).Initializer("b2", [1], [Net.B2])
            .Node("Flatten", ["input"], "flat", ("axis", 1L))
            .Node("Gemm", ["flat", "W1", "b1"], "pre", ("transB", 1L))
            .Node("Identity", ["pre"], "same")
            .Node("Cast", ["same"], "cast", ("to", 1L))
            .Node("Relu", ["cast"], "hidden")
            .Node("Gemm", ["hidden", "W2", "b2"], "output", ("transB", 1L))
            .Output("output").ToBytes();
        ImportAgreesWithOnnxRuntimeTests.AssertAgrees(model, useDouble: false, width: 2);
        Assert.Equal(Net.ToNetwork().Hidden.ToArray(), ReluInterchange.ReadOnnx(new MemoryStream(model)).Hidden.ToArray());
    }

    [Fact]
    public void ReshapeToMinusOneKAndSqueezeOfTheOutputAreRead()
    {
        var model = new TestModel(2)
            .Initializer("W1", [5, 2], Net.W1).Initializer("b1", [5], Net.B1)
            .Initializer("W2", [1, 5], Net.W2).Initializer("b2", [1], [Net.B2])
            .Integers("shape", [-1, 5]).Integers("axes", [1])
            .Node("Gemm", ["input", "W1", "b1"], "pre", ("transB", 1L))
            .Node("Relu", ["pre"], "hidden")
            .Node("Reshape", ["hidden", "shape"], "reshaped")
            .Node("Gemm", ["reshaped", "W2", "b2"], "column", ("transB", 1L))
            .Node("Squeeze", ["column", "axes"], "output")
            .Output("output", width: null).ToBytes();
        ImportAgreesWithOnnxRuntimeTests.AssertAgrees(model, useDouble: false, width: 2);
    }

    [Fact]
    public void AVectorMatMulUnsqueezedAndAConstantNodeBiasAreRead()
    {
        var bias = new TensorProto { Name = "b1c", DataType = (int)TensorProto.Types.DataType.Double, Dims = { 5 }, DoubleData = { Net.B1 } };
        var model = new TestModel(2, useDouble: true)
            .Initializer("W1", [2, 5], TestModel.Transpose(Net.W1, 5, 2)).Initializer("W2", [5], Net.W2).Initializer("b2", [], [Net.B2])
            .Integers("axes", [1])
            .Node("Constant", [], "b1", ("value", bias))
            .Node("MatMul", ["input", "W1"], "product")
            .Node("Add", ["product", "b1"], "pre")
            .Node("Relu", ["pre"], "hidden")
            .Node("MatMul", ["hidden", "W2"], "vector")
            .Node("Add", ["vector", "b2"], "biased")
            .Node("Unsqueeze", ["biased", "axes"], "output")
            .Output("output").ToBytes();
        ImportAgreesWithOnnxRuntimeTests.AssertAgrees(model, useDouble: true, width: 2);
    }

    [Fact]
    public void AGraphWithoutReluIsTheLinearFunctionItComputes()
    {
        var model = new TestModel(2)
            .Initializer("W", [2, 1], [0.5, -3]).Initializer("b", [1], [0.25])
            .Node("Gemm", ["input", "W", "b"], "output")
            .Output("output").ToBytes();
        var imported = ReluInterchange.FromOnnx(new MemoryStream(model));
        Assert.True(Relu.Equivalent(imported, Relu.Parse("0.5 x1 - 3 x2 + 0.25")).IsEqual);
    }

    [Fact]
    public void InputNamesComeFromTheCallerWhenGiven()
    {
        var model = TestModel.GemmNetwork(Net).ToBytes();
        var imported = ReluInterchange.FromOnnx(new MemoryStream(model), ["a", "b"]);
        Assert.Equal(["a", "b"], imported.Inputs.ToArray());
        var error = Assert.Throws<NetworkFormatException>(() => ReluInterchange.FromOnnx(new MemoryStream(model), ["a"]));
        Assert.Equal("1 input names were given, but the model's input has width 2", error.Message);
    }

    [Fact]
    public void ModelBytesRoundTripThroughTheSubsetSchema()
    {
        // The committed C# covers only a subset of onnx.proto3: a model it writes parses back unchanged.
        var bytes = TestModel.GemmNetwork(Net).ToBytes();
        Assert.Equal(bytes, ModelProto.Parser.ParseFrom(bytes).ToByteArray());
    }
}
