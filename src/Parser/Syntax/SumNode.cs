using System.Collections.Immutable;
using System.Text;

namespace ReluCompiler.Parser.Syntax;

/// <summary>
/// A flat sum <c>a + b - c + …</c>, kept as one list however long, so that nothing walking it recurses
/// once per term.
/// </summary>
/// <param name="Position">Where the first operand starts.</param>
/// <param name="First">The first operand.</param>
/// <param name="Rest">The signed operands after it, in written order (at least one).</param>
internal sealed record SumNode(SourcePosition Position, SyntaxNode First, ImmutableArray<Summand> Rest) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("(").Append(First);
        foreach (var summand in Rest)
        {
            text.Append(summand);
        }

        return text.Append(')').ToString();
    }
}
