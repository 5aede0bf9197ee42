using System.IO;
using System.Linq;
using System.Text;
using ReluCompiler.Interchange.Tests.Models;
using Xunit;

namespace ReluCompiler.Interchange.Tests;

/// <summary>Graphs that are not one exact one-hidden-layer network: a clear error naming the node, exit 2.</summary>
public sealed class BadModelTests
{
    private static readonly RandomNetwork Net = RandomNetwork.Create(seed: 4, inputs: 2, units: 3);

    private static TestModel FirstLayer() => new TestModel(2)
        .Initializer("W1", [3, 2], Net.W1).Initializer("b1", [3], Net.B1)
        .Initializer("W2", [1, 3], Net.W2).Initializer("b2", [1], [Net.B2])
        .Node("Gemm", ["input", "W1", "b1"], "pre", ("transB", 1L));

    public static TheoryData<string, byte[], string> Cases() => new()
    {
        {
            "two hidden layers",
            FirstLayer().Initializer("W3", [3, 3], Net.W1.Concat(Net.W1).Take(9).ToArray()).Initializer("b3", [3], Net.B1)
                .Node("Relu", ["pre"], "h1").Node("Gemm", ["h1", "W3", "b3"], "pre2", ("transB", 1L)).Node("Relu", ["pre2"], "h2")
                .Node("Gemm", ["h2", "W2", "b2"], "output", ("transB", 1L)).Output("output").ToBytes(),
            "node `h2_node` (op type Relu): a second hidden layer (Relu after the hidden layer's Relu); only one-hidden-layer networks are read"
        },
        {
            "a sigmoid",
            FirstLayer().Node("Sigmoid", ["pre"], "h").Node("Gemm", ["h", "W2", "b2"], "output", ("transB", 1L)).Output("output").ToBytes(),
            "node `h_node` (op type Sigmoid): Sigmoid is not supported: the reader takes input -> Gemm or MatMul + Add -> Relu -> Gemm or MatMul + Add -> output, with Flatten, Reshape, Squeeze, Unsqueeze, Identity and Cast where they leave the values unchanged"
        },
        {
            "a second output",
            FirstLayer().Node("Relu", ["pre"], "h").Node("Gemm", ["h", "W2", "b2"], "output", ("transB", 1L)).Output("output").Also(output: true, "h").ToBytes(),
            "the graph has 2 outputs (`output`, `h`); a network has one"
        },
        {
            "a NaN weight",
            new TestModel(1).Initializer("W1", [1, 1], [double.NaN]).Initializer("b1", [1], [0]).Node("Gemm", ["input", "W1", "b1"], "output").Output("output").ToBytes(),
            "tensor `W1` holds NaN at index 0; a network's weights must be finite numbers"
        },
        {
            "a batch-dependent reshape",
            FirstLayer().Integers("shape", [1, -1]).Node("Reshape", ["pre", "shape"], "flat").Node("Relu", ["flat"], "h")
                .Node("Gemm", ["h", "W2", "b2"], "output", ("transB", 1L)).Output("output").ToBytes(),
            "node `flat_node` (op type Reshape): Reshape of [N, 3] to [1, -1] does not keep one row per batch item; [-1, 3] is read"
        },
        {
            "a transposed batch",
            new TestModel(1).Initializer("W1", [1, 1], [2]).Node("Gemm", ["input", "W1"], "output", ("transA", 1L)).Output("output").ToBytes(),
            "node `output_node` (op type Gemm): transA = 1 would transpose the batch dimension into the weights"
        },
        {
            "a skip connection",
            FirstLayer().Node("Relu", ["pre"], "h").Node("Add", ["h", "pre"], "sum").Node("Gemm", ["sum", "W2", "b2"], "output", ("transB", 1L)).Output("output").ToBytes(),
            "node `sum_node` (op type Add): both sides depend on the input (a skip connection or a second branch); only a constant bias may be added"
        },
        {
            "two inputs",
            FirstLayer().Also(output: false, "mask").Node("Relu", ["pre"], "h").Node("Gemm", ["h", "W2", "b2"], "output", ("transB", 1L)).Output("output").ToBytes(),
            "the graph has 2 inputs (`input`, `mask`); a network reads one tensor [N, d]"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AGraphOutsideThePatternIsAClearError(string what, byte[] model, string message)
    {
        var error = Assert.Throws<NetworkFormatException>(() => ReluInterchange.ReadOnnx(new MemoryStream(model)));
        Assert.True(message == error.Message, $"{what}: {error.Message}");

        var path = CliRunner.TempFile(model);
        var run = CliRunner.Run("canon", "-f", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {path}: {message}\n", run.Error);
    }

    [Fact]
    public void ATruncatedModelIsAnErrorWithExitCode2()
    {
        var bytes = TestModel.GemmNetwork(Net).ToBytes();
        var path = CliRunner.TempFile(bytes[..(bytes.Length / 2)]);
        var run = CliRunner.Run("net", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {path}: not a readable ONNX model: the protobuf data is invalid or truncated (", run.Error);
    }

    [Fact]
    public void AFileThatIsNotOnnxIsAnErrorWithExitCode2()
    {
        var path = CliRunner.TempFile(Encoding.UTF8.GetBytes("σ(x - 1) + 1\n"));
        var run = CliRunner.Run("eq", path, "x");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {path}: not ", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void WeightsInAnExternalFileAreAnError()
    {
        var model = ReluCompiler.Interchange.Onnx.Schema.ModelProto.Parser.ParseFrom(TestModel.GemmNetwork(Net).ToBytes());
        model.Graph.Initializer[0].DataLocation = ReluCompiler.Interchange.Onnx.Schema.TensorProto.Types.DataLocation.External;
        var error = Assert.Throws<NetworkFormatException>(() => ReluInterchange.ReadOnnx(new MemoryStream(Google.Protobuf.MessageExtensions.ToByteArray(model))));
        Assert.StartsWith("tensor `W1` keeps its data in an external file", error.Message);
    }

    [Fact]
    public void AModelIsRecognizedByItsContentWhateverItsFileName()
    {
        var path = CliRunner.TempFile(TestModel.GemmNetwork(Net).ToBytes(), ".bin");
        var run = CliRunner.Run("eq", "-f", path, "-f", path);
        Assert.Equal((0, "equal\n", ""), run);
    }

    [Fact]
    public void AMissingModelFileIsAnErrorWithExitCode2()
    {
        var run = CliRunner.Run("canon", "/nonexistent/model.onnx");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: /nonexistent/model.onnx: ", run.Error);
    }

    /// <summary>Time and memory for 10⁶ units are measured in bench/README.md; this pins that it works and is exact.</summary>
    [Fact]
    public void AMillionUnitModelIsImportedExactly()
    {
        const int units = 1_000_000;
        var w1 = Enumerable.Range(0, units).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray();
        var b1 = Enumerable.Range(0, units).Select(i => (double)(i % 1024)).ToArray();
        var w2 = Enumerable.Range(0, units).Select(i => 1.0 / 1024).ToArray();
        var model = new TestModel(1)
            .Initializer("W1", [units, 1], w1).Initializer("b1", [units], b1)
            .Initializer("W2", [1, units], w2).Initializer("b2", [1], [0.5])
            .Node("Gemm", ["input", "W1", "b1"], "pre", ("transB", 1L)).Node("Relu", ["pre"], "h")
            .Node("Gemm", ["h", "W2", "b2"], "output", ("transB", 1L)).Output("output").ToBytes();

        var network = ReluInterchange.ReadOnnx(new MemoryStream(model));
        Assert.Equal(units, network.Hidden.Length);
        // At x = 0 unit i gives σ(i mod 1024) = i mod 1024, weighted 1/1024; the output bias adds 1/2.
        var expected = Enumerable.Range(0, units).Sum(i => (long)(i % 1024));
        Assert.Equal(new Fractions.Fraction(expected, 1024) + new Fractions.Fraction(1, 2), network.Evaluate([Fractions.Fraction.Zero]));
    }
}
