using System;
using Fractions;
using ReluCompiler.Parser.Tokens;

namespace ReluCompiler.Parser.Syntax;

/// <summary>An exact number literal such as <c>0.5</c> (value 1/2).</summary>
/// <param name="Position">Where the literal starts.</param>
/// <param name="Source">The whole source text; the literal is <paramref name="Length"/> characters of it from the position's offset.</param>
/// <param name="Length">The literal's length.</param>
/// <remarks>
/// The node keeps where its literal is rather than its value and text: every syntax node lives until
/// lowering ends, and a <see cref="Fraction"/> and a <c>TextSpan</c> made a number node 104 bytes,
/// more than the rest of a <c>σ(x - b)</c> call's nodes together. Lowering reads the value once.
/// </remarks>
internal sealed record NumberNode(SourcePosition Position, string Source, int Length) : SyntaxNode(Position)
{
    /// <summary>The literal's exact value, decoded from the text (token checks have held it to the limits).</summary>
    public Fraction Value => NumberText.Decode(Source.AsSpan(Position.Offset, Length));

    /// <inheritdoc />
    public override string ToString() => Source.Substring(Position.Offset, Length);
}
