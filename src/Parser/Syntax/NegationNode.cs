namespace ReluCompiler.Parser.Syntax;

/// <summary>
/// A prefix minus, <c>-e</c>. A chain of prefix signs folds into at most one negation (an odd number of
/// minus signs), so <c>- - - x</c> is one node, not three.
/// </summary>
/// <param name="Position">Where the first sign of the chain is.</param>
/// <param name="Operand">The negated operand.</param>
internal sealed record NegationNode(SourcePosition Position, SyntaxNode Operand) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString() => "-(" + Operand + ")";
}
