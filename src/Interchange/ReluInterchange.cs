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
    /// recorded, else x (d = 1) or x1…xd.
    /// </summary>
    /// <param name="stream">The serialized <c>ModelProto</c>, read to its end; the caller keeps ownership.</param>
    /// <param name="inputNames">One name per column of the input, in column order; null for the recorded or default names.</param>
    /// <param name="source">Where the model came from (a file name, say), as the expression's source.</param>
    /// <returns>The exact function of the stored weights, with the network's inputs in column order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="NetworkFormatException">
    /// The data is not ONNX, the graph is not that shape (the message names the node and its op type), a weight is
    /// NaN or infinite, or <paramref name="inputNames"/> does not have one name per input column.
    /// </exception>
    public static ReluExpression FromOnnx(Stream stream, IReadOnlyList<string>? inputNames = null, string source = "ONNX model") =>
        Relu.FromNetwork(ReadOnnx(stream, inputNames), source);

    /// <summary>Reads what <c>relu net --json</c> writes as an expression.</summary>
    /// <param name="json">The JSON text; numbers are read exactly from their decimal digits.</param>
    /// <param name="source">Where the text came from (a file name, say), as the expression's source.</param>
    /// <returns>The exact function of the network in the text, with its inputs in the order listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NetworkFormatException">
    /// The text is not JSON, or not that shape: a missing, unknown or repeated property, an input named twice, a
    /// weight count that does not match the inputs; the message says where.
    /// </exception>
    public static ReluExpression FromNetworkJson(string json, string source = "network JSON") =>
        Relu.FromNetwork(ReadNetworkJson(json), source);

    /// <summary>Like <see cref="FromOnnx"/>, giving the network with every unit as stored.</summary>
    /// <param name="stream">The serialized <c>ModelProto</c>, read to its end; the caller keeps ownership.</param>
    /// <param name="inputNames">One name per column of the input, in column order; null for the recorded or default names.</param>
    /// <returns>The network, unit for unit as in the model, with exact weights.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="NetworkFormatException">As for <see cref="FromOnnx"/>.</exception>
    public static Network ReadOnnx(Stream stream, IReadOnlyList<string>? inputNames = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return OnnxNetworkReader.Read(stream, inputNames);
    }

    /// <summary>Like <see cref="FromNetworkJson"/>, giving the network as written in the file.</summary>
    /// <param name="json">The JSON text; numbers are read exactly from their decimal digits.</param>
    /// <returns>The network, unit for unit as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NetworkFormatException">As for <see cref="FromNetworkJson"/>.</exception>
    public static Network ReadNetworkJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return NetworkJsonReader.Read(json);
    }

    /// <summary>
    /// The network as ONNX opset 13 (Gemm → Relu → Gemm, input [N, d] with a symbolic batch N), weights rounded
    /// to nearest in <paramref name="precision"/>; the result says how far the stored weights are from the exact ones.
    /// </summary>
    /// <param name="network">The network to write, unit for unit.</param>
    /// <param name="precision">The element type of the weights, the input and the output.</param>
    /// <returns>The model's bytes, the largest |exact − stored| weight error, and the hidden unit count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    /// <exception cref="NetworkFormatException">The network has no inputs, or a weight is beyond the range of <paramref name="precision"/>.</exception>
    public static OnnxExport ToOnnx(Network network, OnnxPrecision precision = OnnxPrecision.Float32)
    {
        ArgumentNullException.ThrowIfNull(network);
        return OnnxNetworkWriter.Write(network, precision);
    }
}
