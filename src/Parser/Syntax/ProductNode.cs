using System.Collections.Immutable;
using System.Text;

namespace ReluCompiler.Parser.Syntax;

/// <summary>
/// A flat product <c>a * b / c d …</c> evaluated left to right, so <c>1/2x</c> is (1/2)·x and
/// <c>2/3 σ(x)</c> is (2/3)·σ(x).
/// </summary>
/// <param name="Position">Where the first operand starts.</param>
/// <param name="First">The first operand.</param>
/// <param name="Rest">The factors after it, in written order (at least one).</param>
internal sealed record ProductNode(SourcePosition Position, SyntaxNode First, ImmutableArray<Factor> Rest) : SyntaxNode(Position)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder("(").Append(First);
        foreach (var factor in Rest)
        {
            text.Append(factor);
        }

        return text.Append(')').ToString();
    }
}
