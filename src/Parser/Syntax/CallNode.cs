using System.Collections.Immutable;

namespace ReluCompiler.Parser.Syntax;

/// <summary>
/// A call <c>name(a, b, …)</c>: <c>σ(x - 1)</c>, <c>\max(0, x)</c>, and also <c>sigm(x)</c>, which
/// lowering rejects as an unknown function (the grammar does not know the function table).
/// </summary>
/// <param name="Position">Where the function name starts.</param>
/// <param name="Name">The name as written: <c>σ</c>, <c>\sigma</c>, <c>relu</c>, <c>max</c>…</param>
/// <param name="Arguments">The arguments, at least one.</param>
internal sealed record CallNode(SourcePosition Position, string Name, ImmutableArray<SyntaxNode> Arguments) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString() => Name + "(" + string.Join(", ", Arguments) + ")";
}
