using System.Collections.Generic;
using System.Linq;
using Google.Protobuf;
using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Tests.Models;

/// <summary>
/// Builds ONNX models in code, node by node, so each test states the exact graph it reads:
/// <c>new TestModel(2).Initializer("W", [3, 2], w).Node("Gemm", ["input", "W", "b"], "h", ("transB", 1L))…</c>.
/// </summary>
internal sealed class TestModel
{
    private readonly GraphProto _graph = new() { Name = "test" };
    private readonly TensorProto.Types.DataType _type;

    /// <summary>A model whose input <c>input</c> is [N, width] of float (or double).</summary>
    public TestModel(int width, bool useDouble = false, string batch = "N")
    {
        _type = useDouble ? TensorProto.Types.DataType.Double : TensorProto.Types.DataType.Float;
        _graph.Input.Add(Value("input", _type, batch, width));
    }

    public bool UsesDouble => _type == TensorProto.Types.DataType.Double;

    /// <summary>A real initializer in the model's element type, in raw_data or in the typed field.</summary>
    public TestModel Initializer(string name, long[] dims, double[] values, bool raw = true)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)_type };
        tensor.Dims.AddRange(dims);
        if (raw)
        {
            tensor.RawData = ByteString.CopyFrom(UsesDouble
                ? values.SelectMany(System.BitConverter.GetBytes).ToArray()
                : values.SelectMany(v => System.BitConverter.GetBytes((float)v)).ToArray());
        }
        else if (UsesDouble)
        {
            tensor.DoubleData.AddRange(values);
        }
        else
        {
            tensor.FloatData.AddRange(values.Select(v => (float)v));
        }

        _graph.Initializer.Add(tensor);
        return this;
    }

    /// <summary>An int64 initializer (shapes, axes).</summary>
    public TestModel Integers(string name, long[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64, Dims = { values.Length } };
        tensor.Int64Data.AddRange(values);
        _graph.Initializer.Add(tensor);
        return this;
    }

    /// <summary>A node; attributes are (name, long | float | long[]) pairs.</summary>
    public TestModel Node(string opType, string[] inputs, string output, params (string Name, object Value)[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = output + "_node", Output = { output } };
        node.Input.AddRange(inputs);
        foreach (var (name, value) in attributes)
        {
            node.Attribute.Add(value switch
            {
                long i => new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = i },
                float f => new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = f },
                long[] ints => new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints, Ints = { ints } },
                TensorProto tensor => new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Tensor, T = tensor },
                _ => throw new System.ArgumentException(name),
            });
        }

        _graph.Node.Add(node);
        return this;
    }

    /// <summary>Declares a graph output of shape [N, width] (or [N] when width is null).</summary>
    public TestModel Output(string name, int? width = 1)
    {
        _graph.Output.Add(width is { } w ? Value(name, _type, "N", w) : Value(name, _type, "N"));
        return this;
    }

    /// <summary>Adds a second graph output or input, for the tests of graphs that are not one network.</summary>
    public TestModel Also(bool output, string name)
    {
        (output ? _graph.Output : _graph.Input).Add(Value(name, _type, "N", 1));
        return this;
    }

    public byte[] ToBytes() => new ModelProto
    {
        IrVersion = 7,
        ProducerName = "ReluCompiler.Interchange.Tests",
        Graph = _graph,
        OpsetImport = { new OperatorSetIdProto { Domain = "", Version = 13 } },
    }.ToByteArray();

    private static ValueInfoProto Value(string name, TensorProto.Types.DataType type, string batch, params int[] dims)
    {
        var shape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dimension { DimParam = batch } } };
        shape.Dim.AddRange(dims.Select(d => new TensorShapeProto.Types.Dimension { DimValue = d }));
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } } };
    }

    /// <summary>The standard form: input → Gemm(W1, b1) → Relu → Gemm(W2, b2) → output, weights as given.</summary>
    public static TestModel GemmNetwork(RandomNetwork net, bool useDouble = false, bool transB = true, float alpha = 1f, float beta = 1f, bool raw = true)
    {
        var model = new TestModel(net.Inputs, useDouble);
        model.Initializer("W1", transB ? [net.Units, net.Inputs] : [net.Inputs, net.Units], transB ? net.W1 : Transpose(net.W1, net.Units, net.Inputs), raw)
            .Initializer("b1", [net.Units], net.B1, raw)
            .Initializer("W2", transB ? [1, net.Units] : [net.Units, 1], net.W2, raw)
            .Initializer("b2", [1], [net.B2], raw);
        (string, object)[] attributes = [("transB", transB ? 1L : 0L), ("alpha", alpha), ("beta", beta)];
        return model.Node("Gemm", ["input", "W1", "b1"], "pre", attributes)
            .Node("Relu", ["pre"], "hidden")
            .Node("Gemm", ["hidden", "W2", "b2"], "output", attributes)
            .Output("output");
    }

    /// <summary>The MatMul + Add form PyTorch's and Keras's older exporters write: W1 is [d, k].</summary>
    public static TestModel MatMulNetwork(RandomNetwork net, bool useDouble = false, bool raw = true) =>
        new TestModel(net.Inputs, useDouble)
            .Initializer("W1", [net.Inputs, net.Units], Transpose(net.W1, net.Units, net.Inputs), raw)
            .Initializer("b1", [net.Units], net.B1, raw)
            .Initializer("W2", [net.Units, 1], net.W2, raw)
            .Initializer("b2", [1], [net.B2], raw)
            .Node("MatMul", ["input", "W1"], "product1")
            .Node("Add", ["product1", "b1"], "pre")
            .Node("Relu", ["pre"], "hidden")
            .Node("MatMul", ["hidden", "W2"], "product2")
            .Node("Add", ["b2", "product2"], "output")
            .Output("output");

    /// <summary>Row-major [rows, cols] → [cols, rows].</summary>
    public static double[] Transpose(IReadOnlyList<double> values, int rows, int cols) =>
        [.. Enumerable.Range(0, rows * cols).Select(i => values[(i % rows * cols) + (i / rows)])];
}
