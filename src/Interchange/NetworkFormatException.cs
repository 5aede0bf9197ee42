using System;

namespace ReluCompiler.Interchange;

/// <summary>
/// A network file that cannot be read exactly as a one-hidden-layer ReLU network: not ONNX or JSON,
/// truncated, an unsupported node (the message names the node and its op type), a NaN weight, and so on.
/// </summary>
public sealed class NetworkFormatException : Exception
{
    /// <summary>An error with a message that says what is wrong and where.</summary>
    /// <param name="message">What is wrong, naming the node, tensor or JSON property, or the line and column.</param>
    public NetworkFormatException(string message)
        : base(message)
    {
    }

    /// <summary>An error caused by a lower-level one (a protobuf or JSON decoding error).</summary>
    /// <param name="message">What is wrong, in the reader's words.</param>
    /// <param name="inner">The decoder's own error, kept for its details.</param>
    public NetworkFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
