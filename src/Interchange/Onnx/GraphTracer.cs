using System;
using System.Collections.Generic;
using Fractions;
using ReluCompiler.Interchange.Onnx.Schema;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// Runs a graph's nodes in order on symbolic values: constants stay tensors, anything computed from the
/// input stays an exact affine map of the input or of the one hidden layer (<see cref="RowValue"/>).
/// A node outside the supported pattern is an error that names it and its op type; nothing is guessed.
/// </summary>
internal sealed partial class GraphTracer
{
    private const string Supported =
        "the reader takes input -> Gemm or MatMul + Add -> Relu -> Gemm or MatMul + Add -> output, " +
        "with Flatten, Reshape, Squeeze, Unsqueeze, Identity and Cast where they leave the values unchanged";

    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly int _inputWidth;

    public GraphTracer(string inputName, int inputWidth, IEnumerable<ConstantTensor> constants)
    {
        _inputWidth = inputWidth;
        foreach (var constant in constants)
        {
            _values[constant.Name] = constant;
        }

        _values[inputName] = RowValue.Identity(0, inputWidth);
    }

    /// <summary>The hidden layer's weights (units × inputs) and biases, once a Relu has been traced.</summary>
    public (Fraction[][] Weights, Fraction[] Bias, NodeProto Node)? Hidden { get; private set; }

    /// <summary>Traces every node, then returns the value named <paramref name="output"/>.</summary>
    public object Run(GraphProto graph, string output)
    {
        foreach (var node in graph.Node)
        {
            Visit(node);
        }

        return _values.TryGetValue(output, out var value)
            ? value
            : throw new NetworkFormatException($"the graph's output `{output}` is not produced by any node");
    }

    private void Visit(NodeProto node)
    {
        if (node.Domain is not ("" or "ai.onnx"))
        {
            throw NodeText.Error(node, $"operators of domain `{node.Domain}` are not read; {Supported}");
        }

        object result = node.OpType switch
        {
            "Gemm" => Gemm(node),
            "MatMul" => MatMul(node),
            "Add" => Add(node),
            "Relu" => Relu(node),
            "Identity" => Input(node, 0),
            "Cast" => Cast(node),
            "Flatten" => Flatten(node),
            "Reshape" => Reshape(node),
            "Squeeze" => Squeeze(node),
            "Unsqueeze" => Unsqueeze(node),
            "Constant" => Constant(node),
            _ => throw NodeText.Error(node, $"{node.OpType} is not supported: {Supported}"),
        };

        if (node.Output.Count != 1 || node.Output[0].Length == 0)
        {
            throw NodeText.Error(node, $"it has {node.Output.Count} outputs; one is expected");
        }

        _values[node.Output[0]] = result;
    }

    private object Relu(NodeProto node)
    {
        if (Input(node, 0) is not RowValue rows)
        {
            throw NodeText.Error(node, "Relu of a constant: the hidden layer must be computed from the input");
        }

        if (rows.Layer == 1)
        {
            throw NodeText.Error(node, "a second hidden layer (Relu after the hidden layer's Relu); only one-hidden-layer networks are read");
        }

        if (Hidden is { } first)
        {
            throw NodeText.Error(node, $"a second Relu on the input's layer (the first is {NodeText.Describe(first.Node)}); a network has one hidden layer");
        }

        Hidden = (rows.Weights(_inputWidth), rows.Bias, node);
        return RowValue.Identity(1, rows.Width) with { Squeezed = rows.Squeezed };
    }

    private object Cast(NodeProto node)
    {
        var to = NodeAttributes.Int(node, "to", 0);
        if (to is not ((long)TensorProto.Types.DataType.Float or (long)TensorProto.Types.DataType.Double))
        {
            throw NodeText.Error(node, $"Cast to {TensorDecoder.TypeName((int)to)} would change the values; only casts to FLOAT or DOUBLE are read");
        }

        return Input(node, 0);
    }

    private object Constant(NodeProto node)
    {
        var name = node.Output.Count > 0 ? node.Output[0] : node.Name;
        if (NodeAttributes.Find(node, "value") is { } value)
        {
            return TensorDecoder.Decode(value.T, name);
        }

        if (NodeAttributes.Find(node, "value_ints") is { } ints)
        {
            return new ConstantTensor(name, [ints.Ints.Count], null, [.. ints.Ints]);
        }

        if (NodeAttributes.Find(node, "value_int") is { } integer)
        {
            return new ConstantTensor(name, [], null, [integer.I]);
        }

        if (NodeAttributes.Find(node, "value_float") is not null)
        {
            return new ConstantTensor(name, [], [NodeAttributes.Float(node, "value_float", 0)], null);
        }

        throw NodeText.Error(node, "a Constant without a tensor, int or float value is not read");
    }

    /// <summary>The value of input <paramref name="index"/>; an error when it is missing or unknown.</summary>
    private object Input(NodeProto node, int index) =>
        OptionalInput(node, index) ?? throw NodeText.Error(node, $"input {index + 1} is missing");

    private object? OptionalInput(NodeProto node, int index)
    {
        if (index >= node.Input.Count || node.Input[index].Length == 0)
        {
            return null;
        }

        var name = node.Input[index];
        return _values.TryGetValue(name, out var value)
            ? value
            : throw NodeText.Error(node, $"its input `{name}` is not a graph input, an initializer or the output of an earlier node");
    }

    private ConstantTensor ConstantInput(NodeProto node, int index, string role) =>
        Input(node, index) as ConstantTensor
            ?? throw NodeText.Error(node, $"{role} depends on the model's input; it must be a constant (an initializer)");
}
