using System.Linq;
using Fractions;
using ReluCompiler.Interchange.Numbers;
using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>Typed access to a node's attributes, with errors that name the node.</summary>
internal static class NodeAttributes
{
    public static AttributeProto? Find(NodeProto node, string name) => node.Attribute.FirstOrDefault(a => a.Name == name);

    public static long Int(NodeProto node, string name, long defaultValue) => Find(node, name)?.I ?? defaultValue;

    /// <summary>A float attribute (Gemm's alpha, beta) as the exact rational it stores.</summary>
    public static Fraction Float(NodeProto node, string name, float defaultValue)
    {
        var value = Find(node, name)?.F ?? defaultValue;
        return BinaryFloats.FromSingle(value)
            ?? throw new NetworkFormatException($"{NodeText.Describe(node)}: attribute `{name}` is {value}; it must be a finite number");
    }
}
