using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReluCompiler.Generator.Model;

/// <summary>
/// A source location as plain values (a <see cref="Location"/> holds its syntax tree, which would keep the
/// whole compilation alive in the cache and make every run's model unequal to the last).
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo From(SyntaxTree tree, TextSpan span) =>
        new(tree.FilePath, span, tree.GetLineSpan(span).Span);

    public static LocationInfo From(SyntaxNode node) => From(node.SyntaxTree, node.Span);

    public static LocationInfo From(SyntaxToken token) => From(token.SyntaxTree!, token.Span);

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
