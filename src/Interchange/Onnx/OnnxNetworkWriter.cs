using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using Fractions;
using Google.Protobuf;
using ReluCompiler.Interchange.Numbers;
using ReluCompiler.Interchange.Onnx.Schema;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// Writes a network as ONNX opset 13: <c>input [N, d] → Gemm(W1, b1, transB = 1) → Relu → Gemm(W2, b2, transB = 1)
/// → output [N, 1]</c>, weights rounded to nearest in float or double. A network with no hidden unit gets one
/// dead unit (zero weights) because a Gemm with an empty dimension is not portable.
/// </summary>
internal static class OnnxNetworkWriter
{
    public const string InputName = "input";
    public const string OutputName = "output";

    public static OnnxExport Write(Network network, OnnxPrecision precision)
    {
        if (network.Inputs.IsEmpty)
        {
            throw new NetworkFormatException("the function has no inputs; an ONNX model needs an input tensor [N, d] with d >= 1");
        }

        var units = network.Hidden.IsEmpty
            ? [new HiddenUnit([.. network.Inputs.Select(_ => Fraction.Zero)], Fraction.Zero, Fraction.Zero)]
            : network.Hidden.ToArray();
        var d = network.Inputs.Length;
        var k = units.Length;
        var error = new RoundingTracker(precision);
        var graph = new GraphProto { Name = "relu_network" };
        graph.Initializer.Add(error.Tensor("W1", [k, d], units.SelectMany(u => u.Weights)));
        graph.Initializer.Add(error.Tensor("b1", [k], units.Select(u => u.Bias)));
        graph.Initializer.Add(error.Tensor("W2", [1, k], units.Select(u => u.OutputWeight)));
        graph.Initializer.Add(error.Tensor("b2", [1], [network.OutputBias]));
        graph.Node.Add(Gemm("hidden_gemm", InputName, "W1", "b1", "hidden_pre"));
        graph.Node.Add(new NodeProto { Name = "hidden_relu", OpType = "Relu", Input = { "hidden_pre" }, Output = { "hidden" } });
        graph.Node.Add(Gemm("output_gemm", "hidden", "W2", "b2", OutputName));
        graph.Input.Add(Value(InputName, precision, new TensorShapeProto.Types.Dimension { DimValue = d }));
        graph.Output.Add(Value(OutputName, precision, new TensorShapeProto.Types.Dimension { DimValue = 1 }));

        var model = new ModelProto
        {
            IrVersion = 7, // the IR version that opset 13 came with; every runtime since 2020 reads it
            ProducerName = "ReluCompiler",
            ProducerVersion = typeof(OnnxNetworkWriter).Assembly.GetName().Version?.ToString() ?? "",
            Graph = graph,
            OpsetImport = { new OperatorSetIdProto { Domain = "", Version = 13 } },
            MetadataProps = { new StringStringEntryProto { Key = OnnxNetworkReader.InputNamesKey, Value = string.Join(",", network.Inputs) } },
        };
        return new OnnxExport(model.ToByteArray(), error.Largest, k);
    }

    private static NodeProto Gemm(string name, string a, string b, string c, string output) => new()
    {
        Name = name,
        OpType = "Gemm",
        Input = { a, b, c },
        Output = { output },
        Attribute = { new AttributeProto { Name = "transB", Type = AttributeProto.Types.AttributeType.Int, I = 1 } },
    };

    /// <summary>A tensor value [N, width] with a symbolic batch dimension N.</summary>
    private static ValueInfoProto Value(string name, OnnxPrecision precision, TensorShapeProto.Types.Dimension width) => new()
    {
        Name = name,
        Type = new TypeProto
        {
            TensorType = new TypeProto.Types.Tensor
            {
                ElemType = (int)ElementType(precision),
                Shape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dimension { DimParam = "N" }, width } },
            },
        },
    };

    private static TensorProto.Types.DataType ElementType(OnnxPrecision precision) =>
        precision == OnnxPrecision.Float32 ? TensorProto.Types.DataType.Float : TensorProto.Types.DataType.Double;

    /// <summary>Rounds every weight, writes it little-endian, and keeps the largest exact rounding error.</summary>
    private sealed class RoundingTracker(OnnxPrecision precision)
    {
        public Fraction Largest { get; private set; } = Fraction.Zero;

        public TensorProto Tensor(string name, long[] dims, IEnumerable<Fraction> values)
        {
            var exact = values.ToArray();
            var size = precision == OnnxPrecision.Float32 ? 4 : 8;
            var bytes = new byte[exact.Length * size];
            for (var i = 0; i < exact.Length; i++)
            {
                var span = bytes.AsSpan(i * size);
                Fraction error;
                if (precision == OnnxPrecision.Float32)
                {
                    var rounded = BinaryFloats.ToSingle(exact[i]);
                    CheckFinite(name, i, exact[i], float.IsInfinity(rounded), "float32");
                    BinaryPrimitives.WriteSingleLittleEndian(span, rounded);
                    error = BinaryFloats.Distance(exact[i], rounded);
                }
                else
                {
                    var rounded = ExactMath.ToDouble(exact[i]);
                    CheckFinite(name, i, exact[i], double.IsInfinity(rounded), "float64");
                    BinaryPrimitives.WriteDoubleLittleEndian(span, rounded);
                    error = BinaryFloats.Distance(exact[i], rounded);
                }

                if (error > Largest)
                {
                    Largest = error;
                }
            }

            var tensor = new TensorProto { Name = name, DataType = (int)ElementType(precision), RawData = ByteString.CopyFrom(bytes) };
            tensor.Dims.AddRange(dims);
            return tensor;
        }

        private static void CheckFinite(string name, int index, Fraction value, bool overflowed, string type)
        {
            if (overflowed)
            {
                throw new NetworkFormatException($"weight {name}[{index}] = {ExactMath.Format(value)} is beyond the {type} range");
            }
        }
    }
}
