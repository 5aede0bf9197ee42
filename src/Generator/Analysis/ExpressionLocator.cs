using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReluCompiler.Generator.Model;

namespace ReluCompiler.Generator.Analysis;

/// <summary>
/// Source locations for positions in the expression: through the literal's map when the argument is a
/// literal, else the whole argument (a named constant or a concatenation has no single place to point at).
/// </summary>
internal sealed class ExpressionLocator
{
    private readonly ExpressionSyntax _argument;
    private readonly string _text;
    private readonly LiteralMap? _map;

    public ExpressionLocator(ExpressionSyntax argument, string text)
    {
        _argument = argument;
        _text = text;
        _map = LiteralMap.For(argument, text);
    }

    /// <summary>The whole argument.</summary>
    public LocationInfo Whole => LocationInfo.From(_argument);

    /// <summary>
    /// The span of what starts at <paramref name="offset"/> in the expression: a whole name (so an unknown
    /// word is underlined entire), a surrogate pair, or one character; at the end, the empty span before the quote.
    /// </summary>
    public LocationInfo At(int offset)
    {
        if (_map is null)
        {
            return Whole;
        }

        var length = 1;
        if (offset < _text.Length && IsNameCharacter(_text[offset]))
        {
            while (offset + length < _text.Length && IsNameCharacter(_text[offset + length]))
            {
                length++;
            }
        }
        else if (offset + 1 < _text.Length && char.IsHighSurrogate(_text[offset]) && char.IsLowSurrogate(_text[offset + 1]))
        {
            length = 2;
        }

        return LocationInfo.From(_argument.SyntaxTree, _map.Map(offset, length));
    }

    /// <summary>The characters the parser's names are made of (<c>[A-Za-z0-9_]</c>).</summary>
    private static bool IsNameCharacter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

}
