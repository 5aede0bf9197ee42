namespace ReluCompiler.Emit.CSharp;

/// <summary>How <see cref="CSharpEmitter"/> shapes the generated file.</summary>
/// <param name="ClassName">The static class's name: a C# identifier, not a keyword, not all-lowercase ASCII (the compiler warns on those).</param>
/// <param name="Namespace">An optional dotted namespace, each part a C# identifier.</param>
/// <param name="UsePieceTable">
/// One-input networks only: evaluate through the piece table (accurate far from the origin, O(log K))
/// instead of the sum form (bit-for-bit equal to Network.Evaluate).
/// </param>
/// <param name="SourceExpression">The expression the network came from, quoted (escaped) in the header comment.</param>
public sealed record CSharpEmitOptions(
    string ClassName = "ReluNetwork",
    string? Namespace = null,
    bool UsePieceTable = false,
    string? SourceExpression = null);
