namespace ReluCompiler.Parser.Syntax;

/// <summary>One <c>* e</c>, <c>/ e</c> or juxtaposed <c>e</c> after the first operand of a <see cref="ProductNode"/>.</summary>
/// <param name="OperatorPosition">Where the operator is; for juxtaposition, where the right factor starts.</param>
/// <param name="Operator">How the factor joins the product.</param>
/// <param name="Operand">The factor.</param>
internal readonly record struct Factor(SourcePosition OperatorPosition, ProductOperator Operator, SyntaxNode Operand)
{
    /// <inheritdoc />
    public override string ToString() => Operator switch
    {
        ProductOperator.Multiply => " * ",
        ProductOperator.Divide => " / ",
        _ => " ",
    } + Operand;
}
