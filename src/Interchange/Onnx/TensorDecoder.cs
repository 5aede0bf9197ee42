using System;
using System.Buffers.Binary;
using Fractions;
using ReluCompiler.Interchange.Numbers;
using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// Reads a <c>TensorProto</c> exactly: float and double values from their typed fields or from
/// <c>raw_data</c> (little-endian), integers for shapes and axes. NaN, ±∞, external data and other
/// element types are errors that name the tensor.
/// </summary>
internal static class TensorDecoder
{
    /// <summary>More elements than this in one tensor is not a model this reader is meant for.</summary>
    private const long MaxElements = 1L << 28;

    public static ConstantTensor Decode(TensorProto tensor, string name)
    {
        if (tensor.DataLocation == TensorProto.Types.DataLocation.External || tensor.ExternalData.Count > 0)
        {
            throw new NetworkFormatException($"tensor `{name}` keeps its data in an external file; save the model with its weights inside (onnx.save(model, path, save_as_external_data=False))");
        }

        long[] dims = [.. tensor.Dims];
        var count = ElementCount(dims, name);
        var type = (TensorProto.Types.DataType)tensor.DataType;
        return type switch
        {
            TensorProto.Types.DataType.Float => new ConstantTensor(name, dims, Singles(tensor, name, count), null),
            TensorProto.Types.DataType.Double => new ConstantTensor(name, dims, Doubles(tensor, name, count), null),
            TensorProto.Types.DataType.Int64 => new ConstantTensor(name, dims, null, Int64s(tensor, name, count)),
            TensorProto.Types.DataType.Int32 => new ConstantTensor(name, dims, null, Int32s(tensor, name, count)),
            _ => throw new NetworkFormatException($"tensor `{name}` has element type {TypeName(tensor.DataType)}; weights must be float or double"),
        };
    }

    /// <summary>The name of an ONNX element type: <c>FLOAT16</c>, or the number when unknown.</summary>
    public static string TypeName(int dataType) =>
        Enum.IsDefined(typeof(TensorProto.Types.DataType), dataType)
            ? ((TensorProto.Types.DataType)dataType).ToString().ToUpperInvariant()
            : dataType.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int ElementCount(long[] dims, string name)
    {
        long count = 1;
        foreach (var dim in dims)
        {
            if (dim < 0)
            {
                throw new NetworkFormatException($"tensor `{name}` has a negative dimension ({dim})");
            }

            count *= dim;
            if (count > MaxElements)
            {
                throw new NetworkFormatException($"tensor `{name}` has more than {MaxElements} elements");
            }
        }

        return (int)count;
    }

    private static Fraction[] Singles(TensorProto tensor, string name, int count)
    {
        var fromRaw = !tensor.RawData.IsEmpty;
        CheckCount(name, fromRaw ? tensor.RawData.Length / 4 : tensor.FloatData.Count, count, fromRaw && tensor.RawData.Length % 4 != 0);
        var raw = tensor.RawData.Span;
        var values = new Fraction[count];
        for (var i = 0; i < count; i++)
        {
            var value = fromRaw ? BinaryPrimitives.ReadSingleLittleEndian(raw[(4 * i)..]) : tensor.FloatData[i];
            values[i] = BinaryFloats.FromSingle(value) ?? throw NotFinite(name, i, value);
        }

        return values;
    }

    private static Fraction[] Doubles(TensorProto tensor, string name, int count)
    {
        var fromRaw = !tensor.RawData.IsEmpty;
        CheckCount(name, fromRaw ? tensor.RawData.Length / 8 : tensor.DoubleData.Count, count, fromRaw && tensor.RawData.Length % 8 != 0);
        var raw = tensor.RawData.Span;
        var values = new Fraction[count];
        for (var i = 0; i < count; i++)
        {
            var value = fromRaw ? BinaryPrimitives.ReadDoubleLittleEndian(raw[(8 * i)..]) : tensor.DoubleData[i];
            values[i] = BinaryFloats.FromDouble(value) ?? throw NotFinite(name, i, value);
        }

        return values;
    }

    private static long[] Int64s(TensorProto tensor, string name, int count)
    {
        var fromRaw = !tensor.RawData.IsEmpty;
        CheckCount(name, fromRaw ? tensor.RawData.Length / 8 : tensor.Int64Data.Count, count, fromRaw && tensor.RawData.Length % 8 != 0);
        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = fromRaw ? BinaryPrimitives.ReadInt64LittleEndian(tensor.RawData.Span[(8 * i)..]) : tensor.Int64Data[i];
        }

        return values;
    }

    private static long[] Int32s(TensorProto tensor, string name, int count)
    {
        var fromRaw = !tensor.RawData.IsEmpty;
        CheckCount(name, fromRaw ? tensor.RawData.Length / 4 : tensor.Int32Data.Count, count, fromRaw && tensor.RawData.Length % 4 != 0);
        var values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = fromRaw ? BinaryPrimitives.ReadInt32LittleEndian(tensor.RawData.Span[(4 * i)..]) : tensor.Int32Data[i];
        }

        return values;
    }

    private static void CheckCount(string name, int stored, int needed, bool ragged)
    {
        if (ragged || stored != needed)
        {
            throw new NetworkFormatException($"tensor `{name}` stores {stored} values but its shape needs {needed}");
        }
    }

    private static NetworkFormatException NotFinite(string name, int index, double value) =>
        new($"tensor `{name}` holds {(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity")} at index {index}; a network's weights must be finite numbers");
}
