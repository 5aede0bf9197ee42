using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>How messages name a node: <c>node `fc2` (op type Sigmoid)</c>.</summary>
internal static class NodeText
{
    public static string Describe(NodeProto node) =>
        $"node `{(node.Name.Length > 0 ? node.Name : string.Join(", ", node.Output))}` (op type {node.OpType})";

    public static NetworkFormatException Error(NodeProto node, string reason) => new($"{Describe(node)}: {reason}");
}
