namespace ReluCompiler.Parser.Syntax;

/// <summary>The bars <c>|e|</c> (or <c>\left| e \right|</c>): the same function as <c>abs(e)</c>.</summary>
/// <param name="Position">Where the opening bar is.</param>
/// <param name="Operand">What is between the bars.</param>
internal sealed record AbsoluteValueNode(SourcePosition Position, SyntaxNode Operand) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString() => "|" + Operand + "|";
}
