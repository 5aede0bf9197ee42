using System;
using System.Collections.Generic;
using System.IO;
using ReluCompiler.Interchange.Json;
using ReluCompiler.Interchange.Onnx;
using ReluCompiler.Ir;

namespace ReluCompiler.Interchange;

/// <summary>
/// Trained networks in and out, exactly: every float32 or float64 weight is a dyadic rational, so an imported
/// network is the exact function of its stored weights.
/// <code>
/// using var file = File.OpenRead("model.onnx");
/// ReluExpression f = ReluInterchange.FromOnnx(file);
/// bool same = Relu.Equivalent(f, Relu.Parse("σ(x-1) + 1")).IsEqual;
/// </code>
/// Kept out of the <c>ReluCompiler</c> package so that <c>Relu.Parse</c> and <c>Compile</c> do not bring Google.Protobuf along.
/// </summary>
public static class ReluInterchange
{
    /// <summary>
    /// Reads an ONNX model <c>input [N, d] → Gemm | MatMul + Add → Relu → Gemm | MatMul + Add → output</c> as the
    /// exact network it computes. Inputs are named by <paramref name="inputNames"/>, else by the names <c>relu export</c>
    /// recorded, else x (d = 1) or x1…xd. Throws <see cref="NetworkFormatException"/> naming the node for any other graph.
    /// </summary>
    public static ReluExpression FromOnnx(Stream stream, IReadOnlyList<string>? inputNames = null, string source = "ONNX model") =>
        Relu.FromNetwork(ReadOnnx(stream, inputNames), source);

    /// <summary>Reads what <c>relu net --json</c> writes as an expression; throws <see cref="NetworkFormatException"/> on anything else.</summary>
    public static ReluExpression FromNetworkJson(string json, string source = "network JSON") =>
        Relu.FromNetwork(ReadNetworkJson(json), source);

    /// <summary>Like <see cref="FromOnnx"/>, giving the network with every unit as stored.</summary>
    public static Network ReadOnnx(Stream stream, IReadOnlyList<string>? inputNames = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return OnnxNetworkReader.Read(stream, inputNames);
    }

    /// <summary>Like <see cref="FromNetworkJson"/>, giving the network as written in the file.</summary>
    public static Network ReadNetworkJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return NetworkJsonReader.Read(json);
    }

    /// <summary>
    /// The network as ONNX opset 13 (Gemm → Relu → Gemm, input [N, d] with a symbolic batch N), weights rounded
    /// to nearest in <paramref name="precision"/>; the result says how far the stored weights are from the exact ones.
    /// </summary>
    public static OnnxExport ToOnnx(Network network, OnnxPrecision precision = OnnxPrecision.Float32)
    {
        ArgumentNullException.ThrowIfNull(network);
        return OnnxNetworkWriter.Write(network, precision);
    }
}
