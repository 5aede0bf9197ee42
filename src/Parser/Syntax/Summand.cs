namespace ReluCompiler.Parser.Syntax;

/// <summary>One <c>+ e</c> or <c>- e</c> after the first operand of a <see cref="SumNode"/>.</summary>
/// <param name="OperatorPosition">Where the <c>+</c> or <c>-</c> is.</param>
/// <param name="Subtract">Whether it is a minus.</param>
/// <param name="Operand">The operand after the sign.</param>
internal readonly record struct Summand(SourcePosition OperatorPosition, bool Subtract, SyntaxNode Operand)
{
    /// <inheritdoc />
    public override string ToString() => (Subtract ? " - " : " + ") + Operand;
}
