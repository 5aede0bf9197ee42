using System;
using System.Collections.Generic;
using System.IO;
using ReluCompiler.Interchange;

namespace ReluCompiler.Cli.Infrastructure;

/// <summary>
/// The one place that decides whether an input is a network file instead of an expression, and reads it:
/// ONNX by the <c>.onnx</c> extension or its first byte (a protobuf ModelProto starts with field 1, tag 0x08),
/// JSON by the <c>.json</c> extension or text that opens with <c>{"</c>, which no expression does.
/// </summary>
internal static class NetworkFile
{
    /// <summary>A positional argument naming a network file: no expression ends in <c>.onnx</c> or <c>.json</c>.</summary>
    public static bool IsPath(string argument) =>
        argument.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase) || argument.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a file's bytes are to be read as ONNX (they need not be valid UTF-8).</summary>
    public static bool IsOnnx(string path, byte[] bytes) =>
        path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase) || (bytes.Length > 0 && bytes[0] == 0x08);

    /// <summary>
    /// The network an input holds, or null when it is an expression. <paramref name="inputNames"/> (from <c>--inputs</c>)
    /// name an ONNX model's columns in order.
    /// </summary>
    public static ReluExpression? TryLoad(ExpressionInput input, IReadOnlyList<string>? inputNames = null)
    {
        var origin = input.Origin ?? "the argument";
        try
        {
            if (input.OnnxBytes is { } bytes)
            {
                return ReluInterchange.FromOnnx(new MemoryStream(bytes, writable: false), inputNames, origin);
            }

            var isJsonFile = input.Origin is { } path && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            return isJsonFile || LooksLikeJson(input.Text) ? ReluInterchange.FromNetworkJson(input.Text, origin) : null;
        }
        catch (NetworkFormatException e)
        {
            throw new CliException($"{origin}: {e.Message}");
        }
    }

    private static bool LooksLikeJson(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 1 && trimmed[0] == '{' && trimmed[1..].TrimStart() is ['"', ..];
    }
}
