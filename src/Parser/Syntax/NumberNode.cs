using Fractions;
using Superpower.Model;

namespace ReluCompiler.Parser.Syntax;

/// <summary>An exact number literal such as <c>0.5</c> (value 1/2).</summary>
/// <param name="Position">Where the literal starts.</param>
/// <param name="Value">Its exact value.</param>
/// <param name="Literal">The literal as written, kept as a span of the source: only tests and messages read it.</param>
internal sealed record NumberNode(SourcePosition Position, Fraction Value, TextSpan Literal) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString() => Literal.ToStringValue();
}
