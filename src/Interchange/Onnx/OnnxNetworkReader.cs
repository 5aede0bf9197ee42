using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Fractions;
using Google.Protobuf;
using ReluCompiler.Interchange.Onnx.Schema;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange.Onnx;

/// <summary>
/// Reads an ONNX model as the exact one-hidden-layer network it computes. The graph must have one input
/// tensor [N, d] and one output; the nodes between them are traced by <see cref="GraphTracer"/>.
/// </summary>
internal static class OnnxNetworkReader
{
    /// <summary>Where <c>relu export</c> records the input names, so a model reads back with them.</summary>
    public const string InputNamesKey = "relu.inputs";

    public static Network Read(Stream stream, IReadOnlyList<string>? inputNames)
    {
        ModelProto model;
        try
        {
            model = ModelProto.Parser.ParseFrom(stream);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new NetworkFormatException($"not a readable ONNX model: the protobuf data is invalid or truncated ({e.Message})", e);
        }

        if (model.Graph is not { } graph || model.IrVersion <= 0 || graph.Node.Count == 0)
        {
            throw new NetworkFormatException("not an ONNX model: it has no IR version, graph or nodes");
        }

        var initializers = graph.Initializer.Select(t => TensorDecoder.Decode(t, t.Name)).ToList();
        var (inputName, width) = DataInput(graph, initializers.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
        var output = SingleOutput(graph);

        var tracer = new GraphTracer(inputName, width, initializers);
        var result = tracer.Run(graph, output);
        var names = InputNames(model, inputNames, width);
        return result switch
        {
            RowValue { Width: 1, Layer: 1 } rows => FromHiddenLayer(names, tracer.Hidden!.Value, rows),
            RowValue { Width: 1, Layer: 0 } rows when tracer.Hidden is null => Linear(names, rows),
            RowValue { Width: 1 } => throw new NetworkFormatException($"{NodeText.Describe(tracer.Hidden!.Value.Node)} does not feed the output `{output}`"),
            RowValue rows => throw new NetworkFormatException($"the output `{output}` has shape {rows.ShapeText}; a network has one output value per batch item"),
            ConstantTensor { Reals.Length: 1 } constant => new Network(names, [], constant.Reals[0]),
            _ => throw new NetworkFormatException($"the output `{output}` does not depend on the input and is not one number"),
        };
    }

    private static Network FromHiddenLayer(
        ImmutableArray<string> names, (Fraction[][] Weights, Fraction[] Bias, NodeProto Node) hidden, RowValue output)
    {
        var outputWeights = output.Weights(hidden.Bias.Length)[0];
        var units = ImmutableArray.CreateBuilder<HiddenUnit>(hidden.Bias.Length);
        for (var j = 0; j < hidden.Bias.Length; j++)
        {
            units.Add(new HiddenUnit([.. hidden.Weights[j]], hidden.Bias[j], outputWeights[j]));
        }

        return new Network(names, units.MoveToImmutable(), output.Bias[0]);
    }

    /// <summary>A graph with no Relu computes w·x + c, which is σ(w·x) − σ(−w·x) + c.</summary>
    private static Network Linear(ImmutableArray<string> names, RowValue output)
    {
        var weights = output.Weights(names.Length)[0];
        if (weights.All(w => w.IsZero))
        {
            return new Network(names, [], output.Bias[0]);
        }

        return new Network(
            names,
            [new HiddenUnit([.. weights], Fraction.Zero, Fraction.One), new HiddenUnit([.. weights.Select(w => -w)], Fraction.Zero, Fraction.MinusOne)],
            output.Bias[0]);
    }

    private static (string Name, int Width) DataInput(GraphProto graph, HashSet<string> initializers)
    {
        // Models before IR version 4 list initializers among the inputs too; those are not data inputs.
        var inputs = graph.Input.Where(i => !initializers.Contains(i.Name)).ToList();
        if (inputs.Count != 1)
        {
            throw new NetworkFormatException(
                $"the graph has {inputs.Count} inputs ({string.Join(", ", inputs.Select(i => $"`{i.Name}`"))}); a network reads one tensor [N, d]");
        }

        var input = inputs[0];
        var tensor = input.Type?.TensorType
            ?? throw new NetworkFormatException($"the graph input `{input.Name}` is not a tensor");
        if (tensor.ElemType is not ((int)TensorProto.Types.DataType.Float or (int)TensorProto.Types.DataType.Double))
        {
            throw new NetworkFormatException($"the graph input `{input.Name}` has element type {TensorDecoder.TypeName(tensor.ElemType)}; FLOAT or DOUBLE is read");
        }

        var dims = tensor.Shape?.Dim;
        if (dims is not { Count: 2 } || dims[1].ValueCase != TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue || dims[1].DimValue <= 0)
        {
            var shape = dims is null ? "no shape" : "shape [" + string.Join(", ", dims.Select(d => d.ValueCase == TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue ? d.DimValue.ToString(System.Globalization.CultureInfo.InvariantCulture) : d.DimParam)) + "]";
            throw new NetworkFormatException($"the graph input `{input.Name}` has {shape}; [N, d] with a fixed width d is read");
        }

        return (input.Name, checked((int)dims[1].DimValue));
    }

    private static string SingleOutput(GraphProto graph) =>
        graph.Output.Count == 1
            ? graph.Output[0].Name
            : throw new NetworkFormatException(
                $"the graph has {graph.Output.Count} outputs ({string.Join(", ", graph.Output.Select(o => $"`{o.Name}`"))}); a network has one");

    /// <summary>Names given by the caller, else those recorded by <c>relu export</c>, else x (one input) or x1…xd.</summary>
    private static ImmutableArray<string> InputNames(ModelProto model, IReadOnlyList<string>? given, int width)
    {
        if (given is not null)
        {
            return given.Count == width
                ? [.. given]
                : throw new NetworkFormatException($"{given.Count} input names were given, but the model's input has width {width}");
        }

        var recorded = model.MetadataProps.FirstOrDefault(p => p.Key == InputNamesKey)?.Value.Split(',');
        if (recorded is not null && recorded.Length == width && recorded.All(InputNameRules.IsValid) && recorded.Distinct(StringComparer.Ordinal).Count() == width)
        {
            return [.. recorded];
        }

        return InputNameRules.Default(width);
    }
}
