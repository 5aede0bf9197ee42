namespace ReluCompiler.Parser.Syntax;

/// <summary>A variable such as <c>x</c>.</summary>
/// <param name="Position">Where the name starts.</param>
/// <param name="Name">The identifier.</param>
internal sealed record VariableNode(SourcePosition Position, string Name) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
