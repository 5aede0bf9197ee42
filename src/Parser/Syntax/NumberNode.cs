using Fractions;

namespace ReluCompiler.Parser.Syntax;

/// <summary>An exact number literal such as <c>0.5</c> (value 1/2).</summary>
/// <param name="Position">Where the literal starts.</param>
/// <param name="Value">Its exact value.</param>
/// <param name="Text">The literal as written.</param>
internal sealed record NumberNode(SourcePosition Position, Fraction Value, string Text) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
