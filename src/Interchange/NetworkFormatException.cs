using System;

namespace ReluCompiler.Interchange;

/// <summary>
/// A network file that cannot be read exactly as a one-hidden-layer ReLU network: not ONNX or JSON,
/// truncated, an unsupported node (the message names the node and its op type), a NaN weight, and so on.
/// </summary>
public sealed class NetworkFormatException : Exception
{
    /// <summary>An error with a message that says what is wrong and where.</summary>
    public NetworkFormatException(string message)
        : base(message)
    {
    }

    /// <summary>An error caused by a lower-level one (a protobuf or JSON decoding error).</summary>
    public NetworkFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
